import { SecretRedactor } from './redaction.ts';

/*
 * The main process's logger: levels, a scope per module, structured fields, and sinks injected by
 * the composition root (console, a file under the app's data folder, memory in tests). Every line
 * is formatted first and redacted last, so no sink can receive an unredacted secret.
 */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogRecord {
  time: string;
  level: LogLevel;
  scope: string;
  message: string;
}

/** Receives one finished, redacted line. */
export type LogSink = (line: string, record: LogRecord) => void;

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger for a sub-module: same sinks, level and redactor, scope `parent:name`. */
  child(scope: string): Logger;
  /** The redactor this logger uses; services register the secrets they are handling with it. */
  readonly redactor: SecretRedactor;
}

export interface LoggerOptions {
  level?: LogLevel;
  sinks: readonly LogSink[];
  redactor?: SecretRedactor;
  scope?: string;
  now?: () => Date;
}

export function createLogger(options: LoggerOptions): Logger {
  const redactor = options.redactor ?? new SecretRedactor();
  const minimum = LOG_LEVELS.indexOf(options.level ?? 'info');
  const now = options.now ?? (() => new Date());

  function make(scope: string): Logger {
    const write = (level: LogLevel, message: string, fields?: LogFields): void => {
      if (LOG_LEVELS.indexOf(level) < minimum) return;
      const time = now().toISOString();
      const body = fields === undefined ? message : `${message} ${formatFields(fields)}`;
      const redacted = redactor.redact(body);
      const line = `${time} ${level.toUpperCase().padEnd(5)} [${scope}] ${redacted}`;
      const record: LogRecord = { time, level, scope, message: redacted };
      for (const sink of options.sinks) {
        try {
          sink(line, record);
        } catch {
          // A broken sink (disk full) must not take the app down with it.
        }
      }
    };
    return {
      debug: (message, fields) => write('debug', message, fields),
      info: (message, fields) => write('info', message, fields),
      warn: (message, fields) => write('warn', message, fields),
      error: (message, fields) => write('error', message, fields),
      child: (name) => make(`${scope}:${name}`),
      redactor,
    };
  }
  return make(options.scope ?? 'main');
}

/** A logger that drops everything (tests and tools that do not care). */
export function silentLogger(): Logger {
  return createLogger({ sinks: [] });
}

function formatFields(fields: LogFields): string {
  try {
    return JSON.stringify(fields, (_key, value: unknown) => describeValue(value));
  } catch {
    return '{"fields":"unserializable"}';
  }
}

/** Errors lose their properties in JSON.stringify; keep name, code, status, message and cause. */
function describeValue(value: unknown): unknown {
  if (value instanceof Error) {
    const error = value as Error & { code?: unknown; status?: unknown };
    return {
      name: error.name,
      message: error.message,
      ...(error.code === undefined ? {} : { code: error.code }),
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.cause === undefined ? {} : { cause: describeValue(error.cause) }),
    };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
