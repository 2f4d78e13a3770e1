/**
 * A stand-in for GitHub's and Google's OAuth authorization servers, on the local API's own port
 * under `/idp/<provider>/…` (outside `/auth/v1`, like a provider's own site): GoTrue's `/authorize`
 * sends the browser to its consent page, "Allow" sends it back to GoTrue's `/callback` with a
 * one-time `code` and the `state` it was given, "Deny" with `error=access_denied` (RFC 6749
 * §4.1.2 and §4.1.2.1). GoTrue then redeems the code for the account (`redeemProviderCode`), as
 * it calls the provider's token and user endpoints (supabase/auth internal/api/external_oauth.go
 * oAuthCallback, GetOAuthToken then GetUserData).
 *
 * Who signs in is the provider's fake account in the Auth settings (`externalIdentities`): the
 * page shows it and asks nothing, so a test (or Playwright) only has to click.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { emptyResponse } from '../http-io.ts';
import type { FakeIdentity, LocalExternalProvider } from './auth-settings.ts';
import { LOCAL_EXTERNAL_PROVIDERS } from './auth-settings.ts';
import type { GoTrueContext } from './context.ts';

/** The client id GoTrue's provider config would hold (GOTRUE_EXTERNAL_GITHUB_CLIENT_ID). */
export const LOCAL_CLIENT_ID = 'aterges-local';
/** A provider's authorization codes are short-lived (GitHub: 10 minutes) and single-use. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

const PROVIDER_NAMES: Record<LocalExternalProvider, string> = {
  github: 'GitHub',
  google: 'Google',
};

interface IssuedCode {
  provider: LocalExternalProvider;
  identity: FakeIdentity;
  expiresAt: number;
}

/** The provider's authorization codes, kept in memory: the "provider" lives as long as the API. */
export class ProviderCodes {
  readonly #codes = new Map<string, IssuedCode>();

  issue(provider: LocalExternalProvider, identity: FakeIdentity): string {
    const code = randomUUID();
    this.#codes.set(code, {
      provider,
      identity: { ...identity },
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    return code;
  }

  /** The account behind a code, once; a spent, expired or other provider's code is null. */
  redeem(code: string, provider: LocalExternalProvider): FakeIdentity | null {
    const issued = this.#codes.get(code);
    this.#codes.delete(code);
    if (!issued || issued.provider !== provider || issued.expiresAt < Date.now()) return null;
    return issued.identity;
  }
}

/** What a provider's user endpoint gives GoTrue (provider.UserProvidedData, one e-mail). */
export interface ProviderUser {
  /** The provider's stable account id (`sub`). */
  subject: string;
  email: string;
  emailVerified: boolean;
  /** GoTrue's provider.Claims as structs.Map writes them (identity_data, user_metadata). */
  claims: Record<string, unknown>;
}

const ISSUERS: Record<LocalExternalProvider, string> = {
  github: 'https://api.github.com',
  google: 'https://accounts.google.com',
};

export function providerUser(
  provider: LocalExternalProvider,
  identity: FakeIdentity,
): ProviderUser {
  const email = identity.email.toLowerCase();
  // A stable id per provider and address, as a real account keeps its id across sign-ins.
  const digest = createHash('sha256').update(`${provider}:${email}`).digest();
  const subject =
    provider === 'github' ? String(digest.readUInt32BE(0)) : `1${digest.readBigUInt64BE(0)}`;
  return {
    subject,
    email,
    emailVerified: identity.emailVerified,
    claims: {
      iss: ISSUERS[provider],
      sub: subject,
      name: identity.name,
      email,
      email_verified: identity.emailVerified,
      phone_verified: false,
      provider_id: subject,
      full_name: identity.name,
    },
  };
}

export function isLocalExternalProvider(value: string): value is LocalExternalProvider {
  return (LOCAL_EXTERNAL_PROVIDERS as readonly string[]).includes(value);
}

/** Where GoTrue's `/authorize` sends the browser for `provider`. */
export function providerAuthorizeUrl(
  context: GoTrueContext,
  provider: LocalExternalProvider,
  state: string,
): string {
  const url = new URL(`${apiBaseOf(context)}/idp/${provider}/authorize`);
  url.searchParams.set('client_id', LOCAL_CLIENT_ID);
  url.searchParams.set('redirect_uri', `${context.issuer}/callback`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', provider === 'github' ? 'user:email' : 'email profile');
  url.searchParams.set('state', state);
  return url.toString();
}

function apiBaseOf(context: GoTrueContext): string {
  return context.issuer.replace(/\/auth\/v1$/, '');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

function html(status: number, body: string, title = 'Error'): ApiResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // No form-action: Chromium applies it to the redirects after the form too, and the consent
      // form's answer leaves for GoTrue's /callback and then for the app.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cache-control': 'no-store',
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  };
}

function consentPage(
  provider: LocalExternalProvider,
  identity: FakeIdentity,
  params: { state: string; redirectUri: string },
): ApiResponse {
  const name = PROVIDER_NAMES[provider];
  return html(
    200,
    `<main style="font-family:sans-serif;max-width:28rem;margin:4rem auto">
<h1>${name} (local)</h1>
<p>Aterges Desktop wants to sign you in as:</p>
<p><strong data-testid="identity-name">${escapeHtml(identity.name)}</strong><br>
<span data-testid="identity-email">${escapeHtml(identity.email)}</span></p>
<form method="post" action="/idp/${provider}/consent">
<input type="hidden" name="state" value="${escapeHtml(params.state)}">
<input type="hidden" name="redirect_uri" value="${escapeHtml(params.redirectUri)}">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form></main>`,
    `Sign in with ${name}`,
  );
}

/**
 * Checks what every OAuth server checks before showing anything (RFC 6749 §4.1.2.1): a known
 * client and its registered redirect URI, else an error page and no redirect.
 */
function checkedRequest(
  context: GoTrueContext,
  params: URLSearchParams,
): { state: string; redirectUri: string } | null {
  const redirectUri = params.get('redirect_uri') ?? '';
  const state = params.get('state') ?? '';
  if (redirectUri !== `${context.issuer}/callback` || state === '') return null;
  return { state, redirectUri };
}

function backTo(redirectUri: string, values: Record<string, string>): ApiResponse {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
  return emptyResponse(302, { location: url.toString(), 'cache-control': 'no-store' });
}

/** `/idp/<provider>/authorize` (GET) and `/idp/<provider>/consent` (POST, the form). */
export function handleIdentityProvider(
  context: GoTrueContext,
  request: ApiRequest,
  path: string,
): ApiResponse {
  const match = /^\/idp\/([a-z]+)\/(authorize|consent)$/.exec(path);
  const provider = match?.[1] ?? '';
  if (!match || !isLocalExternalProvider(provider)) return html(404, '<p>Not found</p>');
  const identity = context.settings.externalIdentities[provider];
  if (match[2] === 'authorize' && request.method === 'GET') {
    const params = request.url.searchParams;
    const checked = checkedRequest(context, params);
    if (!checked || params.get('client_id') !== LOCAL_CLIENT_ID) {
      return html(400, '<p>The application sent a wrong redirect_uri or client_id.</p>');
    }
    return consentPage(provider, identity, checked);
  }
  if (match[2] === 'consent' && request.method === 'POST') {
    const form = new URLSearchParams(request.body.toString('utf8'));
    const checked = checkedRequest(context, form);
    if (!checked) return html(400, '<p>The application sent a wrong redirect_uri.</p>');
    if (form.get('decision') === 'allow') {
      const code = context.providerCodes.issue(provider, identity);
      return backTo(checked.redirectUri, { code, state: checked.state });
    }
    return backTo(checked.redirectUri, {
      error: 'access_denied',
      error_description: 'The user has denied your application access.',
      state: checked.state,
    });
  }
  return html(405, '<p>Method not allowed</p>');
}
