/**
 * Sign-in with an external provider (GitHub, Google), as supabase/auth internal/api/external.go
 * and external_oauth.go do it, with the local identity provider in place of the real ones:
 * - `GET /authorize?provider=…&redirect_to=…&code_challenge=…&code_challenge_method=s256`
 *   (GetExternalProviderRedirectURL): checks the provider is enabled, keeps the PKCE challenge in
 *   auth.flow_state (authentication_method `oauth`), and sends the browser (302) to the
 *   provider with a signed `state` (ExternalProviderClaims: provider, referrer, flow_state_id;
 *   five minutes).
 * - `GET /callback?code=…&state=…` (loadFlowState, then internalExternalProviderCallback): a
 *   missing or invalid state is redirected (303) to the Site URL with `error_code`
 *   `bad_oauth_callback` / `bad_oauth_state`; anything else wrong goes back to the state's
 *   referrer (302, redirectErrors: `error`, `error_description`, `error_code` in the query and the
 *   fragment), a provider's refusal as its own `error` (`access_denied`). On success the account
 *   is found, linked or created (identity-linking.ts) and the browser goes to
 *   `redirect_to?code=<auth code>` (prepPKCERedirectURL), which `/token?grant_type=pkce` spends.
 * The implicit flow (no `code_challenge`, tokens in the fragment) is not served: the app never
 * asks for it.
 */
import { randomUUID } from 'node:crypto';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { emptyResponse } from '../http-io.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction } from './context.ts';
import { badRequest, GoTrueError, OAuthError } from './errors.ts';
import { pkceParams } from './flow-state.ts';
import { accountForExternalUser } from './identity-linking.ts';
import {
  isLocalExternalProvider,
  providerAuthorizeUrl,
  providerUser,
} from './local-identity-provider.ts';
import { referrerOf } from './redirect-urls.ts';

/** ExternalProviderClaims' lifetime: the whole round trip through the provider. */
const STATE_LIFETIME_SECONDS = 5 * 60;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** api/errors.go oauthErrorMap: the OAuth `error` for a GoTrue error's status. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
};
/** getErrorQueryString: these codes are `access_denied` whatever their status. */
const ACCESS_DENIED_CODES = new Set([
  'signup_disabled',
  'user_banned',
  'provider_email_needs_verification',
]);

export async function authorize(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const query = request.url.searchParams;
  const provider = (query.get('provider') ?? '').toLowerCase();
  if (
    !isLocalExternalProvider(provider) ||
    !context.settings.externalProviders.includes(provider)
  ) {
    throw badRequest('validation_failed', 'Unsupported provider: provider is not enabled');
  }
  const referrer = referrerOf(context.settings, request);
  const pkce = pkceParams(
    query.get('code_challenge') ?? '',
    query.get('code_challenge_method') ?? '',
  );
  if (!pkce) {
    throw badRequest('validation_failed', 'The local stand-in serves only the PKCE flow');
  }
  const flowStateId = randomUUID();
  await context.pool.query(
    `insert into auth.flow_state (id, user_id, auth_code, code_challenge_method, code_challenge,
       provider_type, created_at, updated_at, authentication_method)
     values ($1, null, $2, $3, $4, $5, now(), now(), 'oauth')`,
    [flowStateId, randomUUID(), pkce.codeChallengeMethod, pkce.codeChallenge, provider],
  );
  const now = Math.floor(Date.now() / 1000);
  // GoTrue signs the state with the project's current signing key (external.go: signJwt).
  const state = await context.signingKeys.sign(
    {
      exp: now + STATE_LIFETIME_SECONDS,
      site_url: context.settings.siteUrl,
      id: NIL_UUID,
      provider,
      referrer,
      flow_state_id: flowStateId,
    },
    context.settings.jwtAlgorithm,
  );
  return emptyResponse(302, { location: providerAuthorizeUrl(context, provider, state) });
}

interface ExternalState {
  provider: string;
  referrer: string;
  flowStateId: string;
}

/** loadExternalState: the signed state, or the error loadFlowState sends to the Site URL. */
async function loadExternalState(context: GoTrueContext, request: ApiRequest) {
  const state = request.url.searchParams.get('state') ?? '';
  if (state === '') throw badRequest('bad_oauth_callback', 'OAuth state parameter missing');
  const checked = await context.signingKeys.verify(state, 0);
  if (!checked.ok) throw badRequest('bad_oauth_state', 'OAuth callback with invalid state');
  const { provider, referrer, flow_state_id: flowStateId } = checked.claims;
  if (typeof provider !== 'string' || provider === '') {
    throw badRequest('bad_oauth_state', 'OAuth callback with invalid state (missing provider)');
  }
  if (typeof flowStateId !== 'string' || typeof referrer !== 'string') {
    throw badRequest('bad_oauth_state', 'OAuth callback with invalid state');
  }
  // A state whose flow has already come back (its account set) or was spent is refused as a
  // bad state. GoTrue itself would fail one step later, when the provider refuses its spent
  // code (server_error) or the flow state is gone (flow_state_not_found); the stand-in says so
  // up front, so a replayed callback can never reach the account.
  const flow = await context.pool.query<{ user_id: string | null }>(
    `select user_id from auth.flow_state where id = $1`,
    [flowStateId],
  );
  if (!flow.rows[0] || flow.rows[0].user_id !== null) {
    throw badRequest('bad_oauth_state', 'OAuth callback with invalid state (already used)');
  }
  return { provider, referrer, flowStateId } satisfies ExternalState;
}

/** getErrorQueryString's values for an error. */
function errorValues(error: unknown): Record<string, string> {
  if (error instanceof OAuthError) {
    return { error: error.error, error_description: error.message };
  }
  if (!(error instanceof GoTrueError)) console.error('local GoTrue: callback failed', error);
  const known =
    error instanceof GoTrueError
      ? error
      : new GoTrueError(500, 'unexpected_failure', 'Unexpected failure');
  return {
    error: ACCESS_DENIED_CODES.has(known.code)
      ? 'access_denied'
      : (OAUTH_ERRORS[known.status] ?? 'server_error'),
    error_description: known.message,
    error_code: known.code,
  };
}

function withValues(base: string, values: Record<string, string>, fragment: boolean): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
  if (fragment) url.hash = new URLSearchParams(values).toString();
  return url.toString();
}

async function completeCallback(
  context: GoTrueContext,
  request: ApiRequest,
  state: ExternalState,
): Promise<string> {
  const query = request.url.searchParams;
  const providerError = query.get('error');
  if (providerError) {
    throw new OAuthError(providerError, query.get('error_description') ?? '');
  }
  const code = query.get('code') ?? '';
  if (code === '') {
    throw badRequest(
      'bad_oauth_callback',
      'OAuth callback with missing authorization code missing',
    );
  }
  const provider = state.provider;
  const identity = isLocalExternalProvider(provider)
    ? context.providerCodes.redeem(code, provider)
    : null;
  if (!identity)
    throw new GoTrueError(500, 'unexpected_failure', 'Unable to exchange external code');
  const user = providerUser(provider as Parameters<typeof providerUser>[0], identity);
  const authCode = await inTransaction(context.pool, async (client) => {
    const account = await accountForExternalUser(client, {
      provider,
      user,
      autoconfirm: context.settings.autoconfirm,
    });
    const updated = await client.query<{ auth_code: string }>(
      `update auth.flow_state set user_id = $2, auth_code_issued_at = now(), updated_at = now()
       where id = $1 and user_id is null returning auth_code`,
      [state.flowStateId, account.id],
    );
    if (!updated.rows[0]) {
      throw new GoTrueError(422, 'flow_state_not_found', 'Flow state not found');
    }
    return updated.rows[0].auth_code;
  });
  return withValues(state.referrer, { code: authCode }, false);
}

export async function callback(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  let state: ExternalState;
  try {
    state = await loadExternalState(context, request);
  } catch (error) {
    return emptyResponse(303, {
      location: withValues(context.settings.siteUrl, errorValues(error), false),
    });
  }
  try {
    return emptyResponse(302, { location: await completeCallback(context, request, state) });
  } catch (error) {
    return emptyResponse(302, {
      location: withValues(state.referrer, errorValues(error), true),
    });
  }
}
