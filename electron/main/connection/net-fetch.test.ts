import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { netFetch, type NetClientRequest, type NetModule } from './net-fetch.ts';
import { CrossOriginRedirectError, originBoundFetch } from './origin-bound-fetch.ts';

/** A stand-in for Electron's net.request: answers from a table of URL → reply. */
type Reply =
  | { redirect: string; status?: number }
  | { status: number; body: string; headers?: Record<string, string> };

function fakeNet(replies: Record<string, Reply>) {
  const sent: { url: string; method: string; headers: Record<string, string>; body: string }[] = [];
  const aborted: string[] = [];
  const netFetchCalls = vi.fn(() => Promise.resolve(new Response('via net.fetch')));
  const net: NetModule = {
    fetch: netFetchCalls,
    request(options) {
      const emitter = new EventEmitter();
      const record = { url: options.url, method: options.method, headers: {}, body: '' };
      sent.push(record);
      const client = {
        setHeader: (name: string, value: string) =>
          void ((record.headers as Record<string, string>)[name] = value),
        on: (event: string, listener: (...args: unknown[]) => void) => {
          emitter.on(event, listener);
          return client;
        },
        write: (chunk: Buffer) => void (record.body += chunk.toString()),
        abort: () => void aborted.push(options.url),
        end: () => {
          const reply = replies[options.url];
          setImmediate(() => {
            if (!reply) emitter.emit('error', new Error('net::ERR_CONNECTION_REFUSED'));
            else if ('redirect' in reply)
              emitter.emit('redirect', reply.status ?? 302, options.method, reply.redirect, {
                'x-served-by': ['stand-in'],
              });
            else
              emitter.emit(
                'response',
                Object.assign(Readable.from([Buffer.from(reply.body)]), {
                  statusCode: reply.status,
                  statusMessage: 'OK',
                  headers: reply.headers ?? {},
                }),
              );
          });
        },
      } as unknown as NetClientRequest;
      return client;
    },
  };
  return { net, sent, aborted, netFetchCalls };
}

describe('netFetch', () => {
  it('sends ordinary requests through net.fetch', async () => {
    const { net, sent, netFetchCalls } = fakeNet({});
    const response = await netFetch(net)('https://api.example.test/v1/models');
    expect(await response.text()).toBe('via net.fetch');
    expect(netFetchCalls).toHaveBeenCalledOnce();
    expect(sent).toEqual([]);
  });

  it('returns a 3xx unfollowed for redirect: manual, with its target in Location', async () => {
    const { net, aborted } = fakeNet({ 'https://a.test/x': { redirect: 'https://b.test/y' } });
    const response = await netFetch(net)('https://a.test/x', { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://b.test/y');
    expect(response.headers.get('x-served-by')).toBe('stand-in');
    expect(aborted).toEqual(['https://a.test/x']);
  });

  it('passes method, headers and body, and streams the answer', async () => {
    const { net, sent } = fakeNet({
      'https://a.test/token': { status: 200, body: '{"ok":true}', headers: { 'x-id': '7' } },
    });
    const response = await netFetch(net)('https://a.test/token', {
      method: 'POST',
      redirect: 'manual',
      headers: { authorization: 'Bearer k', 'content-length': '9' },
      body: 'grant=abc',
    });
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-id')).toBe('7');
    expect(sent).toEqual([
      {
        url: 'https://a.test/token',
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'text/plain;charset=UTF-8' },
        body: 'grant=abc',
      },
    ]);
  });

  it('rejects with the network error, and with the abort reason when aborted', async () => {
    const { net } = fakeNet({});
    await expect(netFetch(net)('https://down.test/', { redirect: 'manual' })).rejects.toThrow(
      'ERR_CONNECTION_REFUSED',
    );
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await expect(
      netFetch(net)('https://a.test/', { redirect: 'manual', signal: controller.signal }),
    ).rejects.toThrow('user cancelled');
  });

  it('lets originBoundFetch follow a same-origin redirect and refuse another origin', async () => {
    const { net } = fakeNet({
      'https://a.test/v1/models': { redirect: 'https://a.test/v2/models', status: 301 },
      'https://a.test/v2/models': { status: 200, body: '[]' },
      'https://a.test/leak': { redirect: 'https://evil.test/collect' },
    });
    const fetchWithinOrigin = originBoundFetch(netFetch(net));
    expect(await (await fetchWithinOrigin('https://a.test/v1/models')).text()).toBe('[]');
    await expect(fetchWithinOrigin('https://a.test/leak')).rejects.toBeInstanceOf(
      CrossOriginRedirectError,
    );
  });
});
