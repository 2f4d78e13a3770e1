import { expect, vi } from 'vitest';
import { overlapsAny } from '../../../electron/main/connection/overlap.ts';

/*
 * Leak checks for canary credentials. Anything a test can observe (results, status messages, audit
 * events, console output) must hold no run of six or more characters of a secret. Six, not four:
 * a random 1.6 kB private key shares some four-character run with ordinary JSON (ids, timestamps)
 * about once in a hundred tests.
 */

export const LEAK_FRAGMENT = 6;

export function expectNoSecret(observed: unknown, secrets: readonly string[]): void {
  const text = typeof observed === 'string' ? observed : JSON.stringify(observed);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(overlapsAny(text, secrets, LEAK_FRAGMENT), 'a secret fragment leaked').toBe(false);
}

/** Captures everything written to the console and to stdout/stderr until `stop()`. */
export function captureConsole(): { text(): string; stop(): void } {
  const chunks: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      chunks.push(args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' '));
    }),
  );
  const writes = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write.bind(stream);
    const spy = vi
      .spyOn(stream, 'write')
      .mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        chunks.push(
          typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString(),
        );
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      });
    return spy;
  });
  return {
    text: () => chunks.join('\n'),
    stop: () => {
      for (const spy of [...spies, ...writes]) spy.mockRestore();
    },
  };
}
