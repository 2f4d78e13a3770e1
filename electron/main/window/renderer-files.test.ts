import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from './content-security-policy.ts';
import { readRendererFile } from './renderer-files.ts';

const root = mkdtempSync(join(tmpdir(), 'aterges-renderer-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
writeFileSync(join(rendererDir, 'assets/app.js'), 'export {}');
writeFileSync(join(root, 'secret.txt'), 'outside');

describe('readRendererFile', () => {
  it('serves the page and its assets with the CSP header', async () => {
    const page = await readRendererFile(rendererDir, '/');
    expect(page.status).toBe(200);
    expect(page.headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    expect((await readRendererFile(rendererDir, '/assets/app.js')).headers['Content-Type']).toMatch(
      /^text\/javascript/,
    );
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'never serves a file outside the renderer folder (%s)',
    async (path) => {
      const file = await readRendererFile(rendererDir, path);
      expect(file.status).not.toBe(200);
      expect(String(file.body)).not.toContain('outside');
    },
  );

  it('answers a malformed escape with 400 instead of throwing', async () => {
    await expect(readRendererFile(rendererDir, '/%E0%A4%A')).resolves.toMatchObject({
      status: 400,
    });
  });
});
