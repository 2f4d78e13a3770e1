import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';

/*
 * Issue #9, §4: a base URL that redirects to another origin. Node's fetch follows it and drops the
 * Authorization header on the way, so the other server's 200 used to read as "connected" although
 * the key was never checked. Now the test fails with its own kind and nothing is sent there.
 */

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

const KEY = `sk-proj-${randomBytes(30).toString('base64url')}`;
const modelList = JSON.stringify({ object: 'list', data: [{ id: 'm', object: 'model' }] });
const elsewhereRequests: { authorization: string | undefined; path: string | undefined }[] = [];
let elsewhere: Awaited<ReturnType<typeof serve>>;
let redirector: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  elsewhere = await serve((request, response) => {
    elsewhereRequests.push({ authorization: request.headers.authorization, path: request.url });
    response.writeHead(200, { 'content-type': 'application/json' }).end(modelList);
  });
  redirector = await serve((request, response) => {
    if (request.url === '/v1/models') {
      // Cross-origin: another port on the same host is another origin.
      response.writeHead(307, { location: `${elsewhere.origin}/v1/models` }).end();
    } else if (request.url === '/same/v1/models') {
      response.writeHead(302, { location: '/moved/v1/models' }).end();
    } else if (request.headers.authorization === `Bearer ${KEY}`) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(modelList);
    } else {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{}}');
    }
  });
});

afterAll(() => {
  elsewhere.close();
  redirector.close();
});

describe('an OpenAI-compatible base URL that redirects', () => {
  it('to another origin fails as redirected, and the other server never hears of the key', async () => {
    const result = await new ConnectionTestRunner({ deadlineMs: 5_000 }).test(
      'openai',
      { apiKey: KEY },
      { baseUrl: `${redirector.origin}/v1` },
    );
    expect(result).toMatchObject({
      ok: false,
      errorKind: 'redirected',
      reason: 'redirected_elsewhere',
    });
    expect(result.params.host).toBe(new URL(redirector.origin).host);
    expect(elsewhereRequests).toEqual([]);
  });

  it('within its own origin is followed with the key, and the key is checked there', async () => {
    const result = await new ConnectionTestRunner({ deadlineMs: 5_000 }).test(
      'openai',
      { apiKey: KEY },
      { baseUrl: `${redirector.origin}/same/v1` },
    );
    expect(result).toMatchObject({ ok: true, reason: 'accepted', identity: { modelCount: 1 } });
  });
});
