/*
 * Defence in depth for logs: credentials should never reach a log call in the first place, but if
 * one does (an SDK error that echoes a request, a stack with a token in it) the line is scrubbed
 * before any sink sees it. Two layers: the exact secrets main is handling right now (registered
 * while in use) and patterns that look like tokens whatever their source.
 */

/** What replaces a secret in a log line or error message. */
export const REDACTED = '[redacted]';

/** Shorter strings are too likely to occur naturally to be replaced everywhere. */
const MIN_REGISTERED_LENGTH = 6;

/**
 * Token shapes worth catching even when nobody registered them:
 * - JWTs (Supabase access tokens, the anon/service_role keys): three base64url parts, `eyJ` header;
 * - OpenAI keys `sk-…`, `sk-proj-…`;
 * - AWS access key IDs (AKIA long-term, ASIA temporary);
 * - PEM blocks (a service account's private key), also in their JSON-escaped `\n` form;
 * - `Bearer …` authorization values.
 */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
];

/** Replaces token-shaped substrings, whoever wrote them. */
export function redactTokenPatterns(text: string): string {
  let result = text;
  for (const pattern of TOKEN_PATTERNS) result = result.replace(pattern, REDACTED);
  return result;
}

/** Every string leaf of a value (credential objects are flat, but a Google key has many fields). */
export function collectSecretStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= MIN_REGISTERED_LENGTH) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectSecretStrings(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectSecretStrings(item, into);
  }
  return into;
}

/** The forms a secret takes in text: as is, JSON-escaped (quotes, `\n` in a PEM), and per line. */
function variantsOf(secret: string): string[] {
  const variants = new Set<string>([secret, JSON.stringify(secret).slice(1, -1)]);
  for (const line of secret.split(/\r?\n/)) {
    if (line.length >= 16) variants.add(line);
  }
  return [...variants].filter((variant) => variant.length >= MIN_REGISTERED_LENGTH);
}

/**
 * The secrets being handled right now. Registration is reference-counted and undone when the
 * operation ends, so the redactor does not become a second long-lived copy of every credential.
 */
export class SecretRedactor {
  readonly #counts = new Map<string, number>();

  /** Registers every string in `value` (a credential object or text); returns the undo. */
  register(value: unknown): () => void {
    const variants = collectSecretStrings(value).flatMap(variantsOf);
    for (const variant of variants) this.#counts.set(variant, (this.#counts.get(variant) ?? 0) + 1);
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      for (const variant of variants) {
        const count = (this.#counts.get(variant) ?? 1) - 1;
        if (count <= 0) this.#counts.delete(variant);
        else this.#counts.set(variant, count);
      }
    };
  }

  /** Runs `operation` with `value` registered. */
  async while<T>(value: unknown, operation: () => Promise<T>): Promise<T> {
    const undo = this.register(value);
    try {
      return await operation();
    } finally {
      undo();
    }
  }

  get size(): number {
    return this.#counts.size;
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret containing another is replaced whole.
    const secrets = [...this.#counts.keys()].sort((a, b) => b.length - a.length);
    for (const secret of secrets) result = result.split(secret).join(REDACTED);
    return redactTokenPatterns(result);
  }
}

/** Scrubs a message against specific secrets and the token patterns (for error messages). */
export function scrubMessage(message: string, secrets: readonly unknown[] = []): string {
  let result = message;
  const strings = secrets
    .flatMap((secret) => collectSecretStrings(secret))
    .flatMap(variantsOf)
    .sort((a, b) => b.length - a.length);
  for (const secret of strings) result = result.split(secret).join(REDACTED);
  return redactTokenPatterns(result);
}
