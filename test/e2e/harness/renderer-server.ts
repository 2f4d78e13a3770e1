import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRendererFile } from '../../../electron/main/window/renderer-files.ts';

/**
 * Serves the built renderer on 127.0.0.1 with the same files and headers (CSP included) that
 * the app's `app:` protocol handler gives it in Electron.
 */
export async function serveBuiltRenderer(
  rendererDir: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    void readRendererFile(rendererDir, pathname).then((file) => {
      response.writeHead(file.status, file.headers);
      response.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
