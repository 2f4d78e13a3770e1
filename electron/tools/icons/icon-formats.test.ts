import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, ICNS_TYPES } from './icon-formats.ts';
import { renderIcon } from './icon-set.ts';

// A 4-colour test card: opaque red top-left, transparent top-right, half-transparent orange
// bottom-left, opaque blue bottom-right. Rendering it exercises the real rasteriser.
const card = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 2 2">
  <rect x="0" y="0" width="1" height="1" fill="#FF0000"/>
  <rect x="0" y="1" width="1" height="1" fill="#FF8000" fill-opacity="0.5"/>
  <rect x="1" y="1" width="1" height="1" fill="#0000FF"/>
</svg>`;

function pngSize(png: Buffer): number {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return png.readUInt32BE(16); // IHDR width
}

describe('renderIcon', () => {
  it('returns straight-alpha pixels (resvg renders premultiplied)', () => {
    const { rgba, size } = renderIcon(card, 16);
    const at = (x: number, y: number): number[] => [
      ...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    expect(at(2, 2)).toEqual([255, 0, 0, 255]);
    expect(at(13, 2)[3]).toBe(0);
    expect(at(2, 13)).toEqual([255, 128, 0, 128]);
    expect(at(13, 13)).toEqual([0, 0, 255, 255]);
  });

  it('refuses a source that is not square', () => {
    const wide = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>';
    expect(() => renderIcon(wide, 16)).toThrow(/square/);
  });
});

describe('encodeIco', () => {
  const images = [256, 16, 32].map((size) => renderIcon(card, size));
  const ico = encodeIco(images);

  it('writes a directory of every size, smallest first, 256 stored as 0', () => {
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(3);
    expect([0, 1, 2].map((i) => ico.readUInt8(6 + i * 16))).toEqual([16, 32, 0]);
    let expectedOffset = 6 + 3 * 16;
    for (let i = 0; i < 3; i++) {
      expect(ico.readUInt16LE(6 + i * 16 + 6)).toBe(32);
      expect(ico.readUInt32LE(6 + i * 16 + 12)).toBe(expectedOffset);
      expectedOffset += ico.readUInt32LE(6 + i * 16 + 8);
    }
    expect(expectedOffset).toBe(ico.length);
  });

  it('stores 256 px as PNG and the small sizes as bottom-up BGRA DIBs with an AND mask', () => {
    const png = ico.subarray(ico.readUInt32LE(6 + 2 * 16 + 12));
    expect(pngSize(png)).toBe(256);

    const dib = ico.subarray(ico.readUInt32LE(6 + 12), ico.readUInt32LE(6 + 16 + 12));
    expect(dib.readUInt32LE(0)).toBe(40);
    expect(dib.readInt32LE(4)).toBe(16);
    expect(dib.readInt32LE(8)).toBe(32); // doubled height: image plus mask
    const pixel = (x: number, y: number): number[] => {
      const at = 40 + ((15 - y) * 16 + x) * 4;
      return [...dib.subarray(at, at + 4)];
    };
    expect(pixel(2, 2)).toEqual([0, 0, 255, 255]); // red, as BGRA
    expect(pixel(13, 13)).toEqual([255, 0, 0, 255]); // blue, as BGRA
    const mask = dib.subarray(40 + 16 * 16 * 4);
    expect(mask.length).toBe(4 * 16);
    const masked = (x: number, y: number): boolean =>
      ((mask[(15 - y) * 4 + (x >> 3)]! >> (7 - (x & 7))) & 1) === 1;
    expect(masked(13, 2)).toBe(true); // transparent
    expect(masked(2, 2)).toBe(false);
  });

  it('refuses an image larger than ICO can describe', () => {
    expect(() => encodeIco([renderIcon(card, 512)])).toThrow(/at most 256/);
  });
});

describe('encodeIcns', () => {
  const sizes = [...new Set(Object.values(ICNS_TYPES))];
  const icns = encodeIcns(sizes.map((size) => renderIcon(card, size)));

  it('writes every PNG element type with the image of its size', () => {
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      found[type] = pngSize(icns.subarray(at + 8, at + length));
      at += length;
    }
    expect(found).toEqual(ICNS_TYPES);
  });

  it('refuses to write when a size is missing', () => {
    expect(() => encodeIcns([renderIcon(card, 16)])).toThrow(/needs a 32 px image/);
  });
});
