import { Agent, ProxyAgent, type Dispatcher } from 'undici';

/*
 * The fetches the tests inject where the app injects Electron's net.fetch: Node's own fetch (so
 * the SDKs see the global Response and Headers they expect), with an undici dispatcher carrying
 * what the system gives net.fetch in the app: the certificates to trust, and a proxy. Node's fetch
 * accepts a `dispatcher` from the undici package (https://nodejs.org/api/globals.html#fetch).
 */

function fetchWith(dispatcher: Dispatcher): typeof fetch {
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}

/** A fetch that also trusts `caPem` (the Azure stand-in's test CA), as an OS store would. */
export function fetchTrusting(caPem: string): typeof fetch {
  return fetchWith(new Agent({ connect: { ca: caPem } }));
}

/**
 * A fetch that sends everything through the HTTP proxy at `proxyUrl`, tunnelling with CONNECT
 * (also to http:// targets), as Chromium does with a system proxy, and trusts `caPem` too.
 */
export function fetchThroughProxy(proxyUrl: string, caPem: string): typeof fetch {
  return fetchWith(new ProxyAgent({ uri: proxyUrl, proxyTunnel: true, requestTls: { ca: caPem } }));
}
