import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SETTINGS_FILE_NAME } from './settings-store.ts';
import { savedLanguageForChromium } from './startup-language.ts';

function folderWith(contents: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'aterges-lang-'));
  if (contents !== null) writeFileSync(join(dir, SETTINGS_FILE_NAME), contents);
  return dir;
}

describe("Chromium's locale from the saved language", () => {
  it('is the language chosen in the app', () => {
    const saved = { version: 1, preferences: { language: 'es', theme: 'dark' } };
    expect(savedLanguageForChromium(folderWith(JSON.stringify(saved)))).toBe('es');
  });

  it.each([
    ['no file', null],
    ['"system"', JSON.stringify({ preferences: { language: 'system' } })],
    ['an unknown language', JSON.stringify({ preferences: { language: 'fr' } })],
    ['no preferences', JSON.stringify({ version: 1 })],
    ['damaged JSON', '{"preferences": {"language": "es"'],
    ['null preferences', JSON.stringify({ preferences: null })],
  ])('is left to the system with %s', (_case, contents) => {
    expect(savedLanguageForChromium(folderWith(contents))).toBeNull();
  });

  it('never reads what is not a small regular file (a FIFO would hold up the start)', () => {
    const folder = folderWith(null);
    mkdirSync(join(folder, SETTINGS_FILE_NAME));
    expect(savedLanguageForChromium(folder)).toBeNull();
    if (process.platform !== 'win32') {
      const fifo = folderWith(null);
      execFileSync('mkfifo', [join(fifo, SETTINGS_FILE_NAME)]);
      expect(savedLanguageForChromium(fifo)).toBeNull();
    }
  });
});
