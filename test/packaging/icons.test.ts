import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIcons } from '../../electron/tools/generate-icons.ts';
import { ICNS_TYPES } from '../../electron/tools/icons/icon-formats.ts';
import { ICO_SIZES, LINUX_SIZES, sourceSha256 } from '../../electron/tools/icons/icon-set.ts';
import { projectPath } from './support/project.ts';

/** The committed icons are the generator's output for the committed source image. */

const resources = projectPath('electron', 'resources');
const pngWidth = (png: Buffer): number => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return png.readUInt32BE(16);
};

describe('app icons', () => {
  it('were generated from electron/resources/icon.svg as it is now', () => {
    expect(checkIcons(resources)).toEqual([]);
  });

  it('judge the source by its drawing, not by the line endings a Windows checkout gives it', () => {
    const svg = readFileSync(projectPath('electron', 'resources', 'icon.svg'), 'utf8');
    expect(sourceSha256(svg.replace(/\r?\n/g, '\r\n'))).toBe(
      sourceSha256(svg.replace(/\r\n/g, '\n')),
    );
  });

  it('give Linux one PNG per size, named as desktop environments expect', () => {
    const files = readdirSync(projectPath('electron', 'resources', 'icons')).sort();
    expect(files).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of LINUX_SIZES) {
      expect(
        pngWidth(
          readFileSync(projectPath('electron', 'resources', 'icons', `${size}x${size}.png`)),
        ),
      ).toBe(size);
    }
  });

  it('give Windows an ICO with every size up to 256 px', () => {
    const ico = readFileSync(projectPath('electron', 'resources', 'icon.ico'));
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(sizes).toEqual([...ICO_SIZES]);
  });

  it('give macOS an ICNS up to 1024 px', () => {
    const icns = readFileSync(projectPath('electron', 'resources', 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    const types: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types[icns.toString('latin1', at, at + 4)] = pngWidth(icns.subarray(at + 8));
    }
    expect(types).toEqual(ICNS_TYPES);
  });
});
