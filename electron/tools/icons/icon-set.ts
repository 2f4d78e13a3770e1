/**
 * Everything generated from the one source image, `electron/resources/icon.svg`: the PNG set for
 * Linux, `icon.ico` for Windows, `icon.icns` for macOS, and a manifest of hashes that lets a test
 * prove the committed files were generated from the committed source.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { encodeIcns, encodeIco, ICNS_TYPES, type IconImage } from './icon-formats.ts';

export const ICON_SOURCE = 'icon.svg';
export const ICON_MANIFEST = 'icon-manifest.json';
/** Linux desktop environments pick from `icons/<N>x<N>.png` (electron-builder's `linux.icon` directory). */
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** The manifest written beside the generated files. */
export interface IconManifest {
  source: string;
  sourceSha256: string;
  files: Record<string, string>;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The source's hash with line endings normalised: a Windows checkout with core.autocrlf turns the
 * SVG's LF into CRLF, which changes nothing in the drawing.
 */
export function sourceSha256(svg: Buffer | string): string {
  return sha256(svg.toString().replace(/\r\n/g, '\n'));
}

/** Renders the SVG at one square size. resvg hands back premultiplied RGBA; ICO wants straight alpha. */
export function renderIcon(svg: Buffer | string, size: number): IconImage {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false }, // the mark has no text; skip scanning system fonts
  }).render();
  if (rendered.width !== size || rendered.height !== size) {
    throw new Error(
      `the icon source must be square; rendered ${rendered.width}x${rendered.height}`,
    );
  }
  const rgba = Buffer.from(rendered.pixels);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3]!;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = 0; c < 3; c++)
      rgba[i + c] = Math.min(255, Math.round((rgba[i + c]! * 255) / alpha));
  }
  return { size, png: rendered.asPng(), rgba };
}

/** Renders every output file in memory, keyed by its path relative to `electron/resources`. */
export function buildIconSet(svg: Buffer | string): Map<string, Buffer> {
  const sizes = new Set<number>([...LINUX_SIZES, ...ICO_SIZES, ...Object.values(ICNS_TYPES)]);
  const images = new Map([...sizes].map((size) => [size, renderIcon(svg, size)]));
  const pick = (wanted: Iterable<number>): IconImage[] =>
    [...wanted].map((size) => images.get(size)!);
  const files = new Map<string, Buffer>();
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, images.get(size)!.png);
  files.set('icon.ico', encodeIco(pick(ICO_SIZES)));
  files.set('icon.icns', encodeIcns(pick(new Set(Object.values(ICNS_TYPES)))));
  return files;
}

export function createManifest(svg: Buffer | string, files: Map<string, Buffer>): IconManifest {
  return {
    source: ICON_SOURCE,
    sourceSha256: sourceSha256(svg),
    files: Object.fromEntries([...files].map(([path, data]) => [path, sha256(data)])),
  };
}
