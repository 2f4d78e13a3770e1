/**
 * `GET /auth/v1/verify` (the mailed link) and `POST /auth/v1/verify` (verifyOtp with a code or a
 * token hash), as supabase/auth internal/api/verify.go (verifyGet, verifyPost, verifyTokenHash,
 * verifyUserAndToken, prepErrorRedirectURL, prepPKCERedirectURL). The link answers 303: to
 * `redirect_to?code=<auth code>` for a PKCE token (`pkce_` prefix), to
 * `redirect_to#access_token=…&type=…` for the implicit flow, and with `error`, `error_code` and
 * `error_description` (fragment; also query for PKCE) when the token is spent, expired or the user
 * banned. The POST answers a session. A verified token is cleared: each works once.
 */
import type { PoolClient } from 'pg';
import type { ApiRequest, ApiResponse } from '../http-io.ts';
import { emptyResponse, jsonResponse } from '../http-io.ts';
import { sessionJson } from './access-tokens.ts';
import type { GoTrueContext } from './context.ts';
import { inTransaction, readParams, stringParam, tokenSettings } from './context.ts';
import { validateEmail } from './credentials.ts';
import { badRequest, forbidden, GoTrueError, unprocessable } from './errors.ts';
import type { FlowAuthenticationMethod } from './flow-state.ts';
import { issueAuthCode } from './flow-state.ts';
import { PKCE_PREFIX, tokenHash } from './mailer.ts';
import { isRedirectUrlValid, referrerOf } from './redirect-urls.ts';
import type { SessionGrant } from './sessions.ts';
import { createSession } from './sessions.ts';
import type { UserRow } from './users.ts';
import { findUserById, recordSignIn, USER_COLUMNS } from './users.ts';

type VerifyType = 'signup' | 'invite' | 'recovery' | 'magiclink' | 'email_change' | 'email';

const TOKEN_COLUMNS: Record<VerifyType, { tokens: string[]; sentAt: string[] }> = {
  signup: { tokens: ['confirmation_token'], sentAt: ['confirmation_sent_at'] },
  invite: { tokens: ['confirmation_token'], sentAt: ['confirmation_sent_at'] },
  recovery: { tokens: ['recovery_token'], sentAt: ['recovery_sent_at'] },
  magiclink: { tokens: ['recovery_token'], sentAt: ['recovery_sent_at'] },
  email_change: {
    tokens: ['email_change_token_new', 'email_change_token_current'],
    sentAt: ['email_change_sent_at', 'email_change_sent_at'],
  },
  email: {
    tokens: ['confirmation_token', 'recovery_token'],
    sentAt: ['confirmation_sent_at', 'recovery_sent_at'],
  },
};

const FLOW_METHODS: Partial<Record<VerifyType, FlowAuthenticationMethod>> = {
  signup: 'email/signup',
  invite: 'email/signup',
  recovery: 'recovery',
  magiclink: 'magiclink',
  email_change: 'email_change',
};

const LINK_EXPIRED = 'Email link is invalid or has expired';
const OTP_EXPIRED = 'Token has expired or is invalid';

function verifyType(raw: string): VerifyType {
  if (raw === '') throw badRequest('validation_failed', 'Verify requires a verification type');
  if (!(raw in TOKEN_COLUMNS)) {
    throw badRequest('validation_failed', 'Invalid email verification type');
  }
  return raw as VerifyType;
}

/**
 * The user whose token column of `type` holds `hash` (or `pkce_` + hash) and was mailed less than
 * the OTP expiry ago; GoTrue's one answer for unknown and expired alike is otp_expired.
 */
async function userByTokenHash(
  context: GoTrueContext,
  client: PoolClient,
  type: VerifyType,
  hash: string,
  email: string | null,
  notFound: string,
): Promise<UserRow> {
  const { tokens, sentAt } = TOKEN_COLUMNS[type];
  const matches = tokens
    .map(
      (column, index) =>
        `(${column} in ($1, '${PKCE_PREFIX}' || $1) and ${sentAt[index]} + make_interval(secs => $2) > now())`,
    )
    .join(' or ');
  const emailClause = email === null ? '' : ` and lower(email) = lower($3)`;
  const found = await client.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where $1 <> '' and (${matches})${emailClause}
     for update`,
    email === null
      ? [hash, context.settings.otpExpirySeconds]
      : [hash, context.settings.otpExpirySeconds, email],
  );
  const user = found.rows[0];
  if (!user) throw forbidden('otp_expired', notFound);
  if (user.banned_until && user.banned_until.getTime() > Date.now()) {
    throw forbidden('user_banned', 'User is banned');
  }
  return user;
}

/** signupVerify, recoverVerify and emailChangeVerify: apply the token, then clear it. */
async function applyVerification(client: PoolClient, user: UserRow, type: VerifyType) {
  if (type === 'email_change') {
    await client.query(
      `update auth.users set email = email_change, email_change = '', email_change_token_new = '',
         email_change_token_current = '', email_change_confirm_status = 0, updated_at = now()
       where id = $1`,
      [user.id],
    );
    await client.query(
      `update auth.identities set identity_data = identity_data || jsonb_build_object('email',
         (select email from auth.users where id = $1)), updated_at = now()
       where user_id = $1 and provider = 'email'`,
      [user.id],
    );
    return;
  }
  const clears =
    type === 'signup' || type === 'invite'
      ? `confirmation_token = ''`
      : type === 'email'
        ? `confirmation_token = '', recovery_token = ''`
        : `recovery_token = ''`;
  await client.query(
    `update auth.users set ${clears}, email_confirmed_at = coalesce(email_confirmed_at, now()),
       updated_at = now() where id = $1`,
    [user.id],
  );
  await client.query(
    `update auth.users set raw_user_meta_data = raw_user_meta_data || '{"email_verified": true}'
     where id = $1 and raw_user_meta_data ? 'email_verified'`,
    [user.id],
  );
}

async function signIn(
  context: GoTrueContext,
  client: PoolClient,
  userId: string,
  request: ApiRequest,
): Promise<Record<string, unknown>> {
  const grant: SessionGrant = await createSession(
    client,
    userId,
    request.headers['user-agent'] ?? null,
  );
  await recordSignIn(client, userId);
  const user = (await findUserById(client, userId))!;
  return sessionJson(client, user, grant, tokenSettings(context));
}

/** Go's url.Values.Encode: keys sorted, form-encoded. */
function encodeValues(values: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(values).sort()) params.set(key, values[key]!);
  return params.toString();
}

/** GoTrue's oauthErrorMap, by HTTP status. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
};

function errorRedirect(redirectTo: string, error: GoTrueError, pkce: boolean): string {
  const url = new URL(redirectTo);
  const values: Record<string, string> = {
    error_code: error.code,
    error_description: error.message,
  };
  const oauth = OAUTH_ERRORS[error.status];
  if (oauth) values.error = oauth;
  if (pkce) {
    for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
  }
  url.hash = encodeValues(values);
  return url.toString();
}

function redirect(location: string): ApiResponse {
  return emptyResponse(303, { location });
}

export async function verifyGet(context: GoTrueContext, request: ApiRequest): Promise<ApiResponse> {
  const query = request.url.searchParams;
  const token = query.get('token') ?? '';
  const requested = query.get('redirect_to') ?? '';
  const redirectTo = isRedirectUrlValid(context.settings, requested)
    ? requested
    : referrerOf(context.settings, request);
  const type = verifyType(query.get('type') ?? '');
  if (token === '')
    throw badRequest('validation_failed', 'Verify requires a token or a token hash');
  const pkce = token.startsWith(PKCE_PREFIX);
  const method = FLOW_METHODS[type];
  if (pkce && !method) throw badRequest('validation_failed', 'Invalid email verification type');
  if (type === 'email') throw badRequest('validation_failed', 'Invalid email verification type');
  const hash = (pkce ? token.slice(PKCE_PREFIX.length) : token).replaceAll('-', '');
  try {
    const outcome = await inTransaction(context.pool, async (client) => {
      const user = await userByTokenHash(context, client, type, hash, null, LINK_EXPIRED);
      await applyVerification(client, user, type);
      if (pkce) return { code: await issueAuthCode(client, user.id, method!), session: null };
      return { code: null, session: await signIn(context, client, user.id, request) };
    });
    if (outcome.code !== null) {
      const url = new URL(redirectTo);
      url.searchParams.set('code', outcome.code);
      return redirect(url.toString());
    }
    const session = outcome.session;
    const fragment = encodeValues({
      access_token: String(session.access_token),
      token_type: String(session.token_type),
      expires_in: String(session.expires_in),
      expires_at: String(session.expires_at),
      refresh_token: String(session.refresh_token),
      type,
    });
    return redirect(`${redirectTo}#${fragment}`);
  } catch (error) {
    if (error instanceof GoTrueError) return redirect(errorRedirect(redirectTo, error, pkce));
    throw error;
  }
}

export async function verifyPost(
  context: GoTrueContext,
  request: ApiRequest,
): Promise<ApiResponse> {
  const params = readParams(request);
  const type = verifyType(stringParam(params, 'type'));
  const token = stringParam(params, 'token').replaceAll('-', '');
  const givenHash = stringParam(params, 'token_hash');
  const rawEmail = stringParam(params, 'email');
  if ((token === '') === (givenHash === '')) {
    throw badRequest('validation_failed', 'Verify requires either a token or a token hash');
  }
  let email: string | null = null;
  let hash = givenHash;
  if (token !== '') {
    if (stringParam(params, 'phone') !== '' || rawEmail === '') {
      throw badRequest(
        'validation_failed',
        'Only an email address or phone number should be provided on verify',
      );
    }
    try {
      email = validateEmail(rawEmail);
    } catch {
      throw unprocessable('validation_failed', 'Invalid email format');
    }
    hash = tokenHash(email, token);
  } else if (rawEmail !== '' || stringParam(params, 'phone') !== '') {
    throw badRequest('validation_failed', 'Only the token_hash and type should be provided');
  }
  const session = await inTransaction(context.pool, async (client) => {
    const user = await userByTokenHash(
      context,
      client,
      type,
      hash,
      email,
      email === null ? LINK_EXPIRED : OTP_EXPIRED,
    );
    await applyVerification(client, user, type);
    return signIn(context, client, user.id, request);
  });
  return jsonResponse(200, session);
}
