/**
 * Plays the system browser in an OAuth sign-in against the local stack: opens the authorize URL
 * the app (or supabase-js) made, answers the local identity provider's consent page, and follows
 * the redirects up to the one that leaves for the app (`redirect_to`, with `code` or `error`),
 * which it returns without opening. Only for tests of the local stand-in.
 */
import { expect } from 'vitest';

export type ConsentDecision = 'allow' | 'deny';

/** One redirect: the status and where it points. */
async function hop(url: string, init?: RequestInit): Promise<{ status: number; location: string }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const location = response.headers.get('location');
  if (location === null) {
    throw new Error(`expected a redirect from ${new URL(url).pathname}, got ${response.status}`);
  }
  return { status: response.status, location: new URL(location, url).toString() };
}

/** The consent page's hidden fields, read from its HTML (the page the user would see). */
export async function openConsentPage(
  consentUrl: string,
): Promise<{ html: string; form: URLSearchParams; action: string }> {
  const response = await fetch(consentUrl);
  expect(response.status).toBe(200);
  const html = await response.text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
  return {
    html,
    form: new URLSearchParams({ state: field('state'), redirect_uri: field('redirect_uri') }),
    action: new URL(action, consentUrl).toString(),
  };
}

export interface BrowserOutcome {
  /** Where Auth finally sends the browser (the app's redirect URL, or the Site URL). */
  landing: URL;
  /** The consent page's HTML, for what it showed. */
  consentHtml: string;
  /** The provider's redirect to Auth's `/callback` (with its code and state), for replays. */
  callbackUrl: string;
}

/** authorize → consent page → decision → callback → the app's redirect. */
export async function runOAuthInBrowser(
  authorizeUrl: string,
  decision: ConsentDecision,
): Promise<BrowserOutcome> {
  const toProvider = await hop(authorizeUrl);
  expect(toProvider.status).toBe(302);
  const consent = await openConsentPage(toProvider.location);
  consent.form.set('decision', decision);
  const toCallback = await hop(consent.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: consent.form.toString(),
  });
  const landing = await hop(toCallback.location);
  return {
    landing: new URL(landing.location),
    consentHtml: consent.html,
    callbackUrl: toCallback.location,
  };
}

/** Opens a callback URL again (a replay) and returns where Auth sends the browser. */
export async function replayCallback(
  callbackUrl: string,
): Promise<{ status: number; landing: URL }> {
  const answer = await hop(callbackUrl);
  return { status: answer.status, landing: new URL(answer.location) };
}
