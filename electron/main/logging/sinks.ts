import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogRecord, LogSink } from './logger.ts';

/** Writes to stderr for warnings and errors, stdout otherwise. */
export function consoleSink(): LogSink {
  return (line, record) => {
    if (record.level === 'warn' || record.level === 'error') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}

/**
 * Appends to a file in the app's data folder, owner-only (0600): logs are redacted, but they still
 * name integrations and e-mail addresses. Synchronous so a crash does not lose the last lines.
 */
export function fileSink(path: string): LogSink {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  return (line) => {
    appendFileSync(path, `${line}\n`, { mode: 0o600 });
  };
}

/** Keeps lines in memory (tests read them back). */
export interface MemorySink {
  sink: LogSink;
  lines: string[];
  records: LogRecord[];
  text(): string;
}

export function memorySink(): MemorySink {
  const lines: string[] = [];
  const records: LogRecord[] = [];
  return {
    lines,
    records,
    sink: (line, record) => {
      lines.push(line);
      records.push(record);
    },
    text: () => lines.join('\n'),
  };
}
