/**
 * Writers for the two container formats the installers want: Windows ICO and Apple ICNS. Both
 * are a small header, a directory and the images, so they are written here rather than pulling
 * in another native image library.
 */

/** One rendered square image: its PNG encoding and its straight-alpha (not premultiplied) RGBA pixels. */
export interface IconImage {
  size: number;
  png: Buffer;
  rgba: Buffer;
}

/**
 * ICO (Windows). Entries under 256 px are 32-bit BMP (DIB) images and the 256 px entry is PNG:
 * PNG entries are only understood from Windows Vista on, and some tools that embed the icon
 * (NSIS's installer header among them) handle only DIB entries at the small sizes.
 * Format: https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 */
export function encodeIco(images: readonly IconImage[]): Buffer {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const payloads = sorted.map((image) => (image.size >= 256 ? image.png : encodeDib(image)));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sorted.length, 4);
  const directory = Buffer.alloc(16 * sorted.length);
  let offset = header.length + directory.length;
  sorted.forEach((image, index) => {
    if (image.size > 256) throw new Error(`ICO entries are at most 256 px, got ${image.size}`);
    const entry = index * 16;
    const payload = payloads[index]!;
    directory.writeUInt8(image.size === 256 ? 0 : image.size, entry); // 0 means 256
    directory.writeUInt8(image.size === 256 ? 0 : image.size, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3); // reserved
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(payload.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += payload.length;
  });
  return Buffer.concat([header, directory, ...payloads]);
}

/** A 32-bit BGRA DIB as stored inside an ICO: bottom-up rows, doubled height, then the AND mask. */
function encodeDib(image: IconImage): Buffer {
  const { size, rgba } = image;
  const maskStride = Math.ceil(size / 32) * 4;
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0); // BITMAPINFOHEADER size
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8); // XOR image + AND mask
  info.writeUInt16LE(1, 12); // planes
  info.writeUInt16LE(32, 14); // bits per pixel
  info.writeUInt32LE(0, 16); // BI_RGB, uncompressed
  info.writeUInt32LE(size * size * 4 + maskStride * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskStride * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y; // DIBs are stored bottom-up
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = (row * size + x) * 4;
      pixels[to] = rgba[from + 2]!;
      pixels[to + 1] = rgba[from + 1]!;
      pixels[to + 2] = rgba[from]!;
      pixels[to + 3] = rgba[from + 3]!;
      // The AND mask marks fully transparent pixels for readers that ignore the alpha channel.
      if (rgba[from + 3] === 0) {
        const at = row * maskStride + (x >> 3);
        mask[at] = mask[at]! | (0x80 >> (x & 7));
      }
    }
  }
  return Buffer.concat([info, pixels, mask]);
}

/**
 * ICNS element types that hold PNG data, by the pixel size of the image they hold. Retina
 * variants (`ic11`…`ic14`) reuse the image of the doubled size.
 * Format: https://en.wikipedia.org/wiki/Apple_Icon_Image_format#Icon_types
 */
export const ICNS_TYPES: Readonly<Record<string, number>> = {
  icp4: 16,
  icp5: 32,
  ic11: 32,
  icp6: 64,
  ic12: 64,
  ic07: 128,
  ic08: 256,
  ic13: 256,
  ic09: 512,
  ic14: 512,
  ic10: 1024,
};

/** ICNS (macOS): `icns`, the total length, then (type, length, PNG) elements, all big-endian. */
export function encodeIcns(images: readonly IconImage[]): Buffer {
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const elements: Buffer[] = [];
  for (const [type, size] of Object.entries(ICNS_TYPES)) {
    const png = bySize.get(size);
    if (!png) throw new Error(`ICNS needs a ${size} px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    elements.push(head, png);
  }
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}
