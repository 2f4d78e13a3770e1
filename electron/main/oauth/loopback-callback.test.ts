import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoopbackCallback, LoopbackRefusal } from './loopback-callback.ts';
import { startLoopbackCallback } from './loopback-callback.ts';

const open: LoopbackCallback[] = [];
afterEach(() => {
  for (const server of open.splice(0)) server.close();
});

async function start(timeoutMs = 60_000) {
  const refusals: LoopbackRefusal[] = [];
  const server = await startLoopbackCallback({ timeoutMs, onRefused: (r) => refusals.push(r) });
  open.push(server);
  return { server, refusals };
}

/** A raw GET, so the Host header can be anything. */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        headers: host ? { host } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback callback server (RFC 8252 §7.3)', () => {
  it('listens on 127.0.0.1 and a random port, at /auth/callback with a random attempt', async () => {
    const { server } = await start();
    const url = new URL(server.redirectUrl);
    expect(url.protocol).toBe('http:');
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    expect(url.pathname).toBe('/auth/callback');
    expect(url.searchParams.get('attempt')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const other = await start();
    expect(other.server.redirectUrl).not.toBe(server.redirectUrl);
  });

  it('is not reachable on the machine’s other addresses', async () => {
    const { server } = await start();
    const port = new URL(server.redirectUrl).port;
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!external) return;
    await expect(get(`http://${external.address}:${port}/auth/callback`)).rejects.toThrow();
  });

  it('accepts one matching request, answers a fixed page that echoes nothing, and closes', async () => {
    const { server } = await start();
    const answer = await get(
      `${server.redirectUrl}&code=c0de-1234-5678&extra=%3Cb%3Ezq9marker%3C%2Fb%3E`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Puedes cerrar esta ventana');
    expect(answer.body).toContain('You can close this window');
    expect(answer.body).not.toContain('c0de');
    expect(answer.body).not.toContain('zq9marker');
    expect(await server.outcome).toEqual({
      kind: 'callback',
      url: 'aterges://auth/callback?code=c0de-1234-5678&extra=%3Cb%3Ezq9marker%3C%2Fb%3E',
    });
    await expect(get(`${server.redirectUrl}&code=again-1234`)).rejects.toThrow();
  });

  it('refuses a wrong path, attempt, method or Host, and keeps waiting', async () => {
    const { server, refusals } = await start();
    const url = new URL(server.redirectUrl);
    const base = `http://127.0.0.1:${url.port}`;
    expect((await get(`${base}/auth/callback?code=x1234567`)).status).toBe(404);
    expect((await get(`${base}/auth/callback?attempt=guess&code=x1234567`)).status).toBe(404);
    expect((await get(`${base}/other${url.search}`)).status).toBe(404);
    expect((await get(server.redirectUrl, `evil.example:${url.port}`)).status).toBe(404);
    expect(refusals).toEqual(['wrong_attempt', 'wrong_attempt', 'wrong_path', 'wrong_host']);
    expect((await get(`${server.redirectUrl}&code=ok-123456`)).status).toBe(200);
    expect(await server.outcome).toMatchObject({ kind: 'callback' });
  });

  it('times out, and closes when told to', async () => {
    const { server } = await start(30);
    expect(await server.outcome).toEqual({ kind: 'timed_out' });
    await expect(get(server.redirectUrl)).rejects.toThrow();
    const other = await start();
    other.server.close();
    expect(await other.server.outcome).toEqual({ kind: 'closed' });
  });
});
