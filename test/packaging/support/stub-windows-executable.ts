import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/**
 * A minimal but real PE file standing in for electron.exe. electron-builder parses it with resedit
 * to embed the asar integrity resource (app-builder-lib electronWin.js), which needs exactly one
 * version-info block in one language, as electron.exe has. The fuse wire rides in a resource of
 * its own: @electron/fuses finds it by its sentinel wherever it lies in the file, and resedit
 * copies resource bytes verbatim when it rewrites the file.
 */
export function stubWindowsExecutable(fuseWire: Buffer): Buffer {
  const executable = NtExecutable.createEmpty(false, false);
  const resource = NtExecutableResource.from(executable);
  const lang = 1033; // en-US, as in electron.exe
  const version = Resource.VersionInfo.create({
    lang,
    fixedInfo: {},
    strings: [
      {
        lang,
        codepage: 1200,
        values: {
          ProductName: 'Electron',
          FileDescription: 'Electron',
          OriginalFilename: 'electron.exe',
        },
      },
    ],
  });
  version.outputToResourceEntries(resource.entries);
  resource.entries.push({
    type: 'STUBFUSE',
    id: 1,
    lang,
    codepage: 1200,
    bin: new Uint8Array(fuseWire).buffer,
  });
  resource.outputResource(executable);
  return Buffer.from(executable.generate());
}
