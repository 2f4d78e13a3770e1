/**
 * Log lines from electron-updater pass through here. They carry URLs of release downloads, and a
 * GitHub download redirects to a pre-signed storage URL whose query string is a credential for a
 * few minutes; a private feed would add a token. None of that belongs in a log file.
 */
const REDACTIONS: [RegExp, string][] = [
  // Query strings of URLs (signed download links, access tokens).
  [/(https?:\/\/[^\s?#"'<>]+)\?[^\s"'<>]*/g, '$1?[redacted]'],
  // Authorization headers, as electron-updater prints request options in some errors.
  [
    /\b(authorization|private-token)(["']?\s*[:=]\s*["']?)(?:(?:token|bearer|basic)\s+)?[^\s"',}]+/gi,
    '$1$2[redacted]',
  ],
  [/\b(bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  // GitHub tokens by their documented prefixes, and JWTs.
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, '[redacted]'],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '[redacted]'],
];

export function redactUpdateLog(message: unknown): string {
  let text: string;
  if (message instanceof Error) text = message.message;
  else if (typeof message === 'string') text = message;
  else {
    try {
      text = JSON.stringify(message) ?? String(message);
    } catch {
      text = String(message);
    }
  }
  for (const [pattern, replacement] of REDACTIONS) text = text.replace(pattern, replacement);
  return text;
}

export interface UpdateLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The `{ info, warn, error }` object electron-updater accepts as `autoUpdater.logger`. */
export function updaterLogger(logger: UpdateLogger): {
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
} {
  return {
    info: (message) => logger.info(`auto-update: ${redactUpdateLog(message)}`),
    warn: (message) => logger.warn(`auto-update: ${redactUpdateLog(message)}`),
    error: (message) => logger.error(`auto-update: ${redactUpdateLog(message)}`),
  };
}
