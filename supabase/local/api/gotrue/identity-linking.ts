/**
 * Which account an external sign-in belongs to, and the identity rows that say so, as supabase/auth
 * does it: models.DetermineAccountLinking (internal/models/linking.go) decides, then
 * createAccountFromExternalIdentity (internal/api/external.go) acts:
 * - the provider's account (`provider`, `sub`) already has an identity → that user (AccountExists);
 * - else a verified provider e-mail equal to an existing identity's or user's e-mail → a new
 *   identity on that user (LinkAccount): signing in with GitHub reaches the vault the same person
 *   made with e-mail and password;
 * - else a new user (CreateAccount), unless sign-ups are off.
 * An unconfirmed user that gains an OAuth identity loses its password and other identities
 * (User.RemoveUnconfirmedIdentities: whoever signed up with that address first without proving it
 * must not keep a door into the account) and is confirmed when the provider vouched for the e-mail.
 * Only the "default" linking domain exists here (no SSO, no GOTRUE_EXPERIMENTAL linking domains).
 */
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { forbidden, GoTrueError, unprocessable } from './errors.ts';
import type { ProviderUser } from './local-identity-provider.ts';
import type { UserRow } from './users.ts';
import { findUserById, USER_COLUMNS } from './users.ts';

export type LinkingDecision = 'account_exists' | 'link_account' | 'create_account';

async function decide(
  client: PoolClient,
  provider: string,
  user: ProviderUser,
): Promise<{ decision: LinkingDecision; userId: string | null }> {
  const own = await client.query<{ user_id: string }>(
    `select user_id from auth.identities where provider_id = $1 and provider = $2`,
    [user.subject, provider],
  );
  if (own.rows[0]) return { decision: 'account_exists', userId: own.rows[0].user_id };
  if (!user.emailVerified) return { decision: 'create_account', userId: null };
  const similarIdentities = await client.query<{ user_id: string }>(
    `select distinct user_id from auth.identities where email = $1`,
    [user.email],
  );
  if (similarIdentities.rows.length > 1) {
    throw new GoTrueError(
      500,
      'unexpected_failure',
      'Multiple accounts with the same email address in the same linking domain detected: default',
    );
  }
  if (similarIdentities.rows[0]) {
    return { decision: 'link_account', userId: similarIdentities.rows[0].user_id };
  }
  const similarUsers = await client.query<{ id: string }>(
    `select id from auth.users where lower(email) = $1 and is_sso_user = false`,
    [user.email],
  );
  const similar = similarUsers.rows[0];
  return similar
    ? { decision: 'link_account', userId: similar.id }
    : { decision: 'create_account', userId: null };
}

async function insertIdentity(
  client: PoolClient,
  userId: string,
  provider: string,
  user: ProviderUser,
): Promise<string> {
  const inserted = await client.query<{ id: string }>(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
       created_at, updated_at)
     values ($1, $2, $3, $4, now(), now(), now()) returning id`,
    [user.subject, userId, user.claims, provider],
  );
  return inserted.rows[0]!.id;
}

/** User.UpdateAppMetaDataProviders: `providers` lists the user's identities' providers. */
async function updateProviders(client: PoolClient, userId: string): Promise<void> {
  await client.query(
    `update auth.users set raw_app_meta_data = coalesce(raw_app_meta_data, '{}'::jsonb) ||
       jsonb_build_object('providers', (select jsonb_agg(distinct provider)
         from auth.identities where user_id = $1)), updated_at = now()
     where id = $1`,
    [userId],
  );
}

async function mergeUserMetadata(
  client: PoolClient,
  userId: string,
  claims: Record<string, unknown>,
): Promise<void> {
  await client.query(
    `update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $2,
       updated_at = now() where id = $1`,
    [userId, claims],
  );
}

async function createUser(
  client: PoolClient,
  provider: string,
  user: ProviderUser,
): Promise<{ userId: string; identityId: string }> {
  const id = randomUUID();
  const taken = await client.query(`select 1 from auth.users where lower(email) = $1`, [
    user.email,
  ]);
  await client.query(
    `insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data,
       raw_user_meta_data, created_at, updated_at)
     values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated',
       $2, $3, $4, now(), now())`,
    [
      id,
      // An unverified address someone else already uses is not copied (DetermineAccountLinking).
      taken.rows.length > 0 ? null : user.email,
      { provider, providers: [provider] },
      user.claims,
    ],
  );
  return { userId: id, identityId: await insertIdentity(client, id, provider, user) };
}

/** The account `user` signs into, created or linked as GoTrue would; a banned one is refused. */
export async function accountForExternalUser(
  client: PoolClient,
  options: { provider: string; user: ProviderUser; autoconfirm: boolean; signupDisabled?: boolean },
): Promise<UserRow> {
  const { provider, user } = options;
  const { decision, userId: found } = await decide(client, provider, user);
  let userId: string;
  let identityId: string;
  if (decision === 'account_exists') {
    userId = found!;
    const updated = await client.query<{ id: string }>(
      `update auth.identities set identity_data = $3, last_sign_in_at = now(), updated_at = now()
       where provider_id = $1 and provider = $2 returning id`,
      [user.subject, provider, user.claims],
    );
    identityId = updated.rows[0]!.id;
    await mergeUserMetadata(client, userId, user.claims);
  } else if (decision === 'link_account') {
    userId = found!;
    identityId = await insertIdentity(client, userId, provider, user);
    await mergeUserMetadata(client, userId, user.claims);
  } else {
    if (options.signupDisabled) {
      throw unprocessable('signup_disabled', 'Signups not allowed for this instance');
    }
    ({ userId, identityId } = await createUser(client, provider, user));
  }
  await updateProviders(client, userId);
  const account = (await findUserById(client, userId))!;
  if (account.banned_until !== null && account.banned_until.getTime() > Date.now()) {
    throw forbidden('user_banned', 'User is banned');
  }
  if (account.email_confirmed_at === null) {
    // RemoveUnconfirmedIdentities: the password and every other identity go; the metadata
    // becomes this identity's.
    await client.query(
      `update auth.users set encrypted_password = null, raw_user_meta_data = $2 where id = $1`,
      [userId, user.claims],
    );
    await client.query(`delete from auth.identities where user_id = $1 and id <> $2`, [
      userId,
      identityId,
    ]);
    await updateProviders(client, userId);
    if (!user.emailVerified && !options.autoconfirm) {
      throw unprocessable(
        'provider_email_needs_verification',
        `Unverified email with ${provider}. Verify the email with ${provider} in order to sign in`,
      );
    }
    await client.query(
      `update auth.users set email_confirmed_at = now(), updated_at = now() where id = $1`,
      [userId],
    );
  }
  await client.query(`update auth.users set last_sign_in_at = now() where id = $1`, [userId]);
  const result = await client.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users where id = $1`,
    [userId],
  );
  return result.rows[0]!;
}
