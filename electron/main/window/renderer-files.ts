import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { RENDERER_SECURITY_HEADERS } from './content-security-policy.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * Resolves a request path to a file of the built renderer, refusing anything outside its folder.
 * Shared by the `app:` protocol handler and the end-to-end harness, so both serve the same bytes
 * with the same headers.
 */
export async function readRendererFile(
  rendererDir: string,
  pathname: string,
): Promise<RendererFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, headers: { 'Content-Type': 'text/plain' }, body: 'Bad request' };
  }
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = normalize(rendererDir + sep);
  const target = normalize(join(root, relative));
  if (!target.startsWith(root)) {
    return { status: 403, headers: { 'Content-Type': 'text/plain' }, body: 'Forbidden' };
  }
  const contentType = CONTENT_TYPES[extname(target)];
  if (!contentType)
    return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };
  try {
    const body = await readFile(target);
    return {
      status: 200,
      headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': contentType },
      body,
    };
  } catch {
    return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };
  }
}
