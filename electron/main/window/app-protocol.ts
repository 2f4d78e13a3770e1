import { protocol } from 'electron';
import { readRendererFile } from './renderer-files.ts';

/**
 * The renderer is served from `app://aterges/` instead of `file://`, so responses carry real
 * headers (the CSP) and the page gets a proper origin for the IPC sender check.
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'aterges';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
}

export function serveRendererFrom(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererDir, url.pathname);
    return new Response(new Uint8Array(Buffer.from(file.body)), {
      status: file.status,
      headers: file.headers,
    });
  });
}
