import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configureRequestOptions,
  configureRequestUrl,
  HttpExecutor,
  type DownloadOptions,
} from 'builder-util-runtime';
import { DebUpdater } from 'electron-updater';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AutoUpdateService, type Updater } from '../../electron/main/updates/auto-update.ts';

/*
 * AutoUpdateService driving the REAL electron-updater (its Linux deb updater) against an update
 * feed served on 127.0.0.1 in electron-builder's format (latest-linux.yml with sha512). Two
 * stand-ins for what needs Electron: the app adapter (version, paths) and an HTTP executor on
 * node:http in place of Electron's `net`, which does the same requests.
 */

const payload = Buffer.from('a .deb that is not really one');
const sha512 = createHash('sha512').update(payload).digest('base64');
const SIGNATURE_CANARY = 'feed-signature-canary-61d0';
const file = (version: string): string => `aterges-desktop-${version}-linux-amd64.deb`;

/** Like electron-updater's ElectronHttpExecutor, but on node:http. */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(
    options: RequestOptions,
    callback: (response: IncomingMessage) => void,
  ): ClientRequest {
    return http.request(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

let server: http.Server;
let feedVersion = '9.9.9';
let signedDownloadStatus = 200;
let dir: string;
let lines: string[];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // latest-linux.yml here; electron-updater asks for latest-mac.yml or latest.yml elsewhere.
    if (/^\/feed\/latest[\w-]*\.yml$/.test(url.pathname)) {
      response.end(
        [
          `version: ${feedVersion}`,
          'files:',
          `  - url: ${file(feedVersion)}`,
          `    sha512: ${sha512}`,
          `    size: ${payload.length}`,
          `path: ${file(feedVersion)}`,
          `sha512: ${sha512}`,
          "releaseDate: '2025-06-01T00:00:00.000Z'",
          '',
        ].join('\n'),
      );
    } else if (url.pathname === `/feed/${file(feedVersion)}`) {
      // GitHub answers a release download with a redirect to a pre-signed storage URL.
      response.writeHead(302, {
        location: `/storage/${file(feedVersion)}?X-Amz-Signature=${SIGNATURE_CANARY}&X-Amz-Expires=300`,
      });
      response.end();
    } else if (url.pathname.startsWith('/storage/')) {
      response.statusCode = signedDownloadStatus;
      response.end(signedDownloadStatus === 200 ? payload : 'denied');
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  feedVersion = '9.9.9';
  signedDownloadStatus = 200;
});

/** A service as the app wires it, with the real updater of an installed 0.1.0 deb. */
function service(onUpdateDownloaded?: (version: string) => void): AutoUpdateService {
  dir = mkdtempSync(join(tmpdir(), 'aterges-updates-'));
  lines = [];
  const { port } = server.address() as AddressInfo;
  const updateConfigPath = join(dir, 'app-update.yml');
  writeFileSync(
    updateConfigPath,
    `provider: generic\nurl: http://127.0.0.1:${port}/feed\nupdaterCacheDirName: aterges-desktop-updater\n`,
  );
  const app = {
    version: '0.1.0',
    name: 'aterges-desktop',
    isPackaged: true,
    appUpdateConfigPath: updateConfigPath,
    userDataPath: join(dir, 'user-data'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  return new AutoUpdateService({
    isPackaged: true,
    updateConfigPath,
    loadUpdater: () => {
      const updater = new DebUpdater(null, app);
      (updater as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor =
        new NodeHttpExecutor();
      return Promise.resolve(updater as Updater);
    },
    logger: {
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    },
    firstCheckDelayMs: 60_000,
    onUpdateDownloaded,
  });
}

describe('auto-update against an electron-builder feed', () => {
  it('finds a newer version, downloads it, verifies its sha512 and reports it ready', async () => {
    let resolveReady: (version: string) => void = () => undefined;
    const ready = new Promise<string>((resolve) => (resolveReady = resolve));
    const updates = service((version) => resolveReady(version));
    await expect(updates.start()).resolves.toBe(true);
    await updates.checkNow();
    await expect(ready).resolves.toBe('9.9.9');
    updates.stop();
    expect(lines).toContain('info auto-update: downloading 9.9.9');
    expect(lines).toContain('info auto-update: 9.9.9 is ready and installs on quit');
    expect(updates.downloadedVersion).toBe('9.9.9');
    expect(lines.join('\n')).not.toContain(SIGNATURE_CANARY);
  });

  it('says so when the installed version is the latest', async () => {
    feedVersion = '0.1.0';
    const updates = service();
    await updates.start();
    await updates.checkNow();
    updates.stop();
    expect(lines).toContain('info auto-update: up to date');
    expect(updates.downloadedVersion).toBeNull();
  });

  it('logs a failed download without the pre-signed URL', async () => {
    signedDownloadStatus = 403;
    const updates = service();
    await updates.start();
    await updates.checkNow();
    // electron-updater reports download failures through its error event as well.
    await expect
      .poll(() => lines.some((line) => line.startsWith('warn auto-update:')), { timeout: 10_000 })
      .toBe(true);
    updates.stop();
    expect(lines.join('\n')).toContain('?[redacted]');
    expect(lines.join('\n')).not.toContain(SIGNATURE_CANARY);
  });
});
