import { describe, expect, it } from 'vitest';
import { CrossOriginRedirectError, originBoundFetch } from './origin-bound-fetch.ts';

/* Redirects of a Request input (as the Mistral SDK passes them); URL inputs: openai-redirect.test. */

function fakeServer() {
  const seen: { url: string; authorization: string | null }[] = [];
  const base = ((input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    const path = new URL(request.url).pathname;
    if (path === '/same') {
      return Promise.resolve(new Response(null, { status: 302, headers: { location: '/moved' } }));
    }
    if (path === '/away') {
      const location = 'https://elsewhere.test/';
      return Promise.resolve(new Response(null, { status: 307, headers: { location } }));
    }
    return Promise.resolve(new Response('ok'));
  }) as typeof fetch;
  return { seen, fetch: originBoundFetch(base) };
}

const request = (path: string) =>
  new Request(`https://api.example.test${path}`, { headers: { authorization: 'Bearer k' } });

describe('originBoundFetch with a Request', () => {
  it('keeps the headers on a same-origin hop', async () => {
    const server = fakeServer();
    expect(await (await server.fetch(request('/same'))).text()).toBe('ok');
    expect(server.seen.map((s) => s.authorization)).toEqual(['Bearer k', 'Bearer k']);
    expect(server.seen[1]!.url).toBe('https://api.example.test/moved');
  });

  it('refuses a cross-origin hop before anything is sent there', async () => {
    const server = fakeServer();
    await expect(server.fetch(request('/away'))).rejects.toBeInstanceOf(CrossOriginRedirectError);
    expect(server.seen).toHaveLength(1);
  });
});
