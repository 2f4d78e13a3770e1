/**
 * `node electron/tools/generate-icons.ts`: renders electron/resources/icon.svg into the Linux PNG
 * set, icon.ico and icon.icns, and writes icon-manifest.json (the hashes of the source and every
 * output). The outputs are committed, so packaging needs no image tooling; the packaging tests
 * fail when the source changed without a regeneration.
 *
 * `--check` verifies instead of writing: exit 1 when a file is missing or stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  buildIconSet,
  createManifest,
  ICON_MANIFEST,
  ICON_SOURCE,
  sha256,
  sourceSha256,
  type IconManifest,
} from './icons/icon-set.ts';

const resourcesDir = join(import.meta.dirname, '../resources');

/** Problems found comparing the committed files with the manifest and the source; empty when fresh. */
export function checkIcons(dir: string): string[] {
  const manifestPath = join(dir, ICON_MANIFEST);
  if (!existsSync(manifestPath)) return [`${ICON_MANIFEST} is missing`];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IconManifest;
  const problems: string[] = [];
  if (sourceSha256(readFileSync(join(dir, ICON_SOURCE))) !== manifest.sourceSha256) {
    problems.push(`${ICON_SOURCE} changed since the icons were generated`);
  }
  for (const [file, hash] of Object.entries(manifest.files)) {
    const path = join(dir, file);
    if (!existsSync(path)) problems.push(`${file} is missing`);
    else if (sha256(readFileSync(path)) !== hash)
      problems.push(`${file} does not match the manifest`);
  }
  return problems;
}

export function generateIcons(dir: string): IconManifest {
  const svg = readFileSync(join(dir, ICON_SOURCE));
  const files = buildIconSet(svg);
  for (const [file, data] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), data);
  }
  const manifest = createManifest(svg, files);
  writeFileSync(join(dir, ICON_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.main) {
  if (process.argv.includes('--check')) {
    const problems = checkIcons(resourcesDir);
    for (const problem of problems) console.error(`icons: ${problem}`);
    if (problems.length > 0) {
      console.error('icons: run `node electron/tools/generate-icons.ts` and commit the result');
      process.exit(1);
    }
    console.log('icons: up to date');
  } else {
    const manifest = generateIcons(resourcesDir);
    console.log(`icons: wrote ${Object.keys(manifest.files).length} files to ${resourcesDir}`);
  }
}
