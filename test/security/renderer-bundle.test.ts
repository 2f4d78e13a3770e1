import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const assets = join(root, 'out/renderer/assets');

/**
 * The development mock bridge (renderer/src/dev/) must never ship: a production page without the
 * real bridge has to fail loudly, not run on made-up data. Its sample data is distinctive, so its
 * absence from the built bundle proves the mock was left out.
 */
describe('the production renderer bundle', () => {
  it('contains none of the development mock', () => {
    if (!existsSync(assets)) throw new Error('out/renderer is missing: run `npm run build` first.');
    const bundle = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    const mockSources = [
      'mock-data.ts',
      'mock-handlers.ts',
      'mock-settings.ts',
      'mock-session-state.ts',
      'mock-second-factor.ts',
    ]
      .map((file) => readFileSync(join(root, 'renderer/src/dev', file), 'utf8'))
      .join('\n');
    const markers = [
      ...new Set(
        mockSources.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g),
      ),
      'org-AterGes2024',
    ];
    expect(markers.length).toBeGreaterThan(3);
    expect(markers.filter((marker) => mockSources.includes(marker))).toEqual(markers);
    expect(markers.filter((marker) => bundle.includes(marker))).toEqual([]);
  });
});
