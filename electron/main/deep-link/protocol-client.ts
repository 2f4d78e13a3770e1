import { resolve } from 'node:path';
import { APP_PROTOCOL } from '../../../shared/deep-link.ts';

/** The part of Electron's `app` this needs (passed in, so this folder never imports Electron). */
export interface ProtocolClientApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/**
 * Makes the OS open `aterges://` links with this app. A packaged app registers itself; in
 * development Electron runs as `electron path/to/main.js`, so the OS must be told to pass the
 * script too (Electron's deep-links tutorial, `process.defaultApp`). On Linux the packaged
 * registration is the desktop file's `MimeType=x-scheme-handler/aterges` (electron-builder.yml).
 */
export function registerProtocolClient(
  app: ProtocolClientApp,
  proc: { defaultApp?: boolean; execPath: string; argv: readonly string[] },
): boolean {
  const script = proc.argv[1];
  if (proc.defaultApp && script !== undefined) {
    return app.setAsDefaultProtocolClient(APP_PROTOCOL, proc.execPath, [resolve(script)]);
  }
  return app.setAsDefaultProtocolClient(APP_PROTOCOL);
}
