import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderType } from '../../shared/providers.ts';
import { ConnectProxy } from '../support/connect-proxy.ts';
import { fetchThroughProxy } from '../support/provider-stand-ins/test-fetch.ts';
import {
  registerAnthropic,
  registerAws,
  registerAzure,
  registerGoogle,
  registerOpenAi,
  registerOpenAiCompatible,
  startStandIns,
  type Account,
  type StandIns,
} from './support/stand-in-suite.ts';
import { TEST_DEADLINE_MS } from './support/timing.ts';

/*
 * Issue #16 §4: every request of every provider SDK goes through the one injected fetch (in the
 * app Electron's net.fetch, which uses the system's proxy settings and certificates), never Node's
 * own http stack. A counting fetch proves that each request a stand-in received was one the fetch
 * sent; then the same tests pass through an HTTP CONNECT proxy on loopback, and fail when the
 * proxy refuses, so none of them went around it.
 */

interface Case {
  name: string;
  /** The stand-in's request log, and a URL on it (its origin is where requests must go). */
  server: (s: StandIns) => { requests: unknown[]; url: string };
  account: (s: StandIns) => Account;
}

const CASES: Case[] = [
  {
    name: 'openai',
    server: (s) => ({ requests: s.openai.requests, url: s.openai.baseUrl }),
    account: (s) => registerOpenAi(s),
  },
  {
    name: 'anthropic',
    server: (s) => ({ requests: s.anthropic.requests, url: s.anthropic.baseUrl }),
    account: (s) => registerAnthropic(s),
  },
  {
    name: 'openai_compatible (groq preset)',
    server: (s) => ({ requests: s.compatible.groq.requests, url: s.compatible.groq.origin }),
    account: (s) => registerOpenAiCompatible(s, 'groq'),
  },
  {
    name: 'openai_compatible (custom)',
    server: (s) => ({ requests: s.compatible.custom.requests, url: s.compatible.custom.origin }),
    account: (s) => registerOpenAiCompatible(s, 'custom'),
  },
  {
    name: 'aws (@aws-sdk/client-sts)',
    server: (s) => ({ requests: s.aws.requests, url: s.aws.endpoint }),
    account: (s) => registerAws(s),
  },
  {
    name: 'azure (@azure/identity)',
    server: (s) => ({ requests: s.azure.requests, url: s.azure.authorityHost }),
    account: (s) => registerAzure(s),
  },
  {
    name: 'google_cloud (google-auth-library)',
    server: (s) => ({ requests: s.google.requests, url: s.google.tokenUrl }),
    account: (s) => registerGoogle(s),
  },
];

let standIns: StandIns;
let proxy: ConnectProxy;
beforeAll(async () => {
  standIns = await startStandIns();
  proxy = await ConnectProxy.start();
});
afterAll(async () => {
  await Promise.all([standIns.close(), proxy.close()]);
});

const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  input instanceof Request ? input.url : String(input);

describe('every provider request goes through the injected fetch', () => {
  it('covers every provider type', () => {
    const types = new Set(CASES.map((c) => c.account(standIns).type));
    const all: ProviderType[] = [
      'openai',
      'anthropic',
      'openai_compatible',
      'aws',
      'azure',
      'google_cloud',
    ];
    expect([...types].sort()).toEqual(all.sort());
  });

  it.each(CASES)('$name: each request the provider received was sent by the fetch', async (c) => {
    const account = c.account(standIns);
    const server = c.server(standIns);
    const sent: string[] = [];
    const counting: typeof fetch = (input, init) => {
      sent.push(urlOf(input));
      return standIns.fetch(input, init);
    };
    const before = server.requests.length;
    const result = await standIns
      .runner({ deadlineMs: TEST_DEADLINE_MS, fetch: counting })
      .test(account.type, account.credentials, account.config);
    expect(result).toMatchObject({ ok: true });
    const received = server.requests.length - before;
    expect(received).toBeGreaterThan(0);
    expect(sent).toHaveLength(received);
    for (const url of sent) expect(new URL(url).origin).toBe(new URL(server.url).origin);
  });
});

describe('through an HTTP CONNECT proxy on loopback', () => {
  const proxied = (): typeof fetch => fetchThroughProxy(proxy.url, standIns.azure.caCertificate);

  it.each(CASES)('$name passes, through a tunnel to its server', async (c) => {
    const account = c.account(standIns);
    const host = new URL(c.server(standIns).url).host;
    const tunnelsBefore = proxy.tunnels.length;
    const result = await standIns
      .runner({ deadlineMs: TEST_DEADLINE_MS, fetch: proxied() })
      .test(account.type, account.credentials, account.config);
    expect(result).toMatchObject({ ok: true });
    const tunnels = proxy.tunnels.slice(tunnelsBefore);
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([host]));
  });

  it.each(CASES)('$name fails as a network problem when the proxy refuses', async (c) => {
    const account = c.account(standIns);
    proxy.refuse = true;
    try {
      const result = await standIns
        .runner({ deadlineMs: TEST_DEADLINE_MS, fetch: proxied() })
        .test(account.type, account.credentials, account.config);
      expect(result).toMatchObject({ ok: false });
      expect(['network', 'provider_error']).toContain(result.errorKind);
    } finally {
      proxy.refuse = false;
    }
  });
});
