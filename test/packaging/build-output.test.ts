import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from './support/project.ts';

/*
 * What `electron-vite build` left in out/ (npm test builds before vitest runs). Everything in out/
 * ships inside app.asar, readable by anyone with the app: no source maps of main, no .env files,
 * no tests.
 */

const outDir = projectPath('out');
let files: string[] = [];

beforeAll(() => {
  if (!existsSync(join(outDir, 'main', 'index.js'))) {
    throw new Error(
      'out/ is missing or incomplete: run `npm run build` first (`npm test` builds before running vitest).',
    );
  }
  files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
});

describe('the build output (out/)', () => {
  it('has the three bundles electron-builder packages', () => {
    expect(files).toEqual(
      expect.arrayContaining(['main/index.js', 'preload/index.cjs', 'renderer/index.html']),
    );
  });

  it('has no source maps, and main and preload do not point at any', () => {
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /^(main|preload)\/.*\.[cm]?js$/.test(f))) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toMatch(/[#@] sourceMappingURL=/);
    }
  });

  it('has no .env file, test file or TypeScript source', () => {
    expect(files.filter((file) => /(^|\/)\.env(\.|$)/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.[cm]?tsx?$/.test(file))).toEqual([]);
  });

  it('has the build-time settings resolved, not left as import.meta.env lookups', () => {
    for (const file of files.filter((f) => f.startsWith('main/') && f.endsWith('.js'))) {
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('import.meta.env');
    }
  });
});
