import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_CALLBACK_URL } from '../../../shared/deep-link.ts';
import { parseAuthCallbackUrl } from '../deep-link/auth-callback-url.ts';
import { createLogger } from '../logging/logger.ts';
import { memorySink } from '../logging/sinks.ts';
import type { FetchLike } from './observed-fetch.ts';
import { SessionService } from './session-service.ts';

/*
 * The account flows of issue #12 through the real supabase-js (PKCE client, as the app builds it)
 * against a small GoTrue double that keeps GoTrue's protocol: `/signup` and `/recover` store the
 * PKCE challenge and, once the mail's link is "followed", issue an auth code bound to it;
 * `/token?grant_type=pkce` answers only the verifier whose S256 hash is that challenge
 * (supabase/auth internal/api/token.go PKCE grant, internal/models/flow_state.go), once.
 */

const URL_BASE = 'https://abcd.supabase.co';
const GOTRUE = { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' };

interface Flow {
  challenge: string;
  kind: 'signup' | 'recovery';
  email: string;
  redirectTo: string | null;
}

class GoTrueDouble {
  readonly users = new Map<string, { id: string; password: string; confirmed: boolean }>();
  readonly flows: Flow[] = [];
  readonly codes = new Map<string, Flow>();
  readonly calls: { path: string; body: Record<string, unknown> }[] = [];
  resendAnswer: { status: number; body: unknown } | null = null;

  /** What following the latest mail's link does: a 303 to redirect_to with `?code=`. */
  followLatestLink(email: string): string {
    const flow = this.flows.filter((f) => f.email === email).at(-1)!;
    const user = this.users.get(email)!;
    user.confirmed = true;
    const code = randomUUID();
    this.codes.set(code, flow);
    return `${flow.redirectTo}?code=${code}`;
  }

  fetch: FetchLike = (input, init) => Promise.resolve(this.#answer(input, init));

  #answer(input: Parameters<FetchLike>[0], init: Parameters<FetchLike>[1]): Response {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const body = init?.body ? (JSON.parse(init.body as string) as Record<string, unknown>) : {};
    const path = url.pathname.replace('/auth/v1', '');
    this.calls.push({ path: `${init?.method ?? 'GET'} ${path}${url.search}`, body });
    const email = body.email as string;
    if (path === '/signup') {
      this.users.set(email, {
        id: randomUUID(),
        password: body.password as string,
        confirmed: false,
      });
      this.#startFlow(body, 'signup', url);
      return answer(200, userJson(this.users.get(email)!.id, email));
    }
    if (path === '/recover') {
      if (this.users.has(email)) this.#startFlow(body, 'recovery', url);
      return answer(200, {});
    }
    if (path === '/resend') {
      if (this.resendAnswer) return answer(this.resendAnswer.status, this.resendAnswer.body);
      return answer(200, {});
    }
    if (path === '/token' && url.searchParams.get('grant_type') === 'pkce') {
      const flow = this.codes.get(body.auth_code as string);
      const verifier = body.code_verifier as string;
      if (!flow) return answer(404, { code: 'flow_state_not_found', msg: 'invalid flow state' });
      this.codes.delete(body.auth_code as string);
      const hashed = createHash('sha256').update(verifier).digest('base64url');
      if (hashed !== flow.challenge) {
        return answer(400, { code: 'bad_code_verifier', msg: 'code challenge does not match' });
      }
      return answer(200, sessionJson(this.users.get(flow.email)!.id, flow.email));
    }
    if (path === '/token' && url.searchParams.get('grant_type') === 'password') {
      const user = this.users.get(email);
      if (!user || user.password !== body.password) {
        return answer(400, { code: 'invalid_credentials', msg: 'Invalid login credentials' });
      }
      if (!user.confirmed) return answer(400, { code: 'email_not_confirmed', msg: 'x' });
      return answer(200, sessionJson(user.id, email));
    }
    if (path === '/user' && init?.method === 'PUT') {
      const token = new Headers(init.headers).get('authorization')?.replace('Bearer ', '');
      const owner = [...this.users.entries()].find(([, u]) => token === `access-${u.id}`);
      if (!owner) return answer(401, { code: 'no_authorization', msg: 'x' });
      if (owner[1].password === body.password) {
        return answer(422, { code: 'same_password', msg: 'x' });
      }
      owner[1].password = body.password as string;
      return answer(200, userJson(owner[1].id, owner[0]));
    }
    if (path === '/logout') return new Response(null, { status: 204 });
    return answer(404, { code: 'not_found', msg: path });
  }

  #startFlow(body: Record<string, unknown>, kind: Flow['kind'], url: URL) {
    expect(body.code_challenge_method).toBe('s256');
    this.flows.push({
      challenge: body.code_challenge as string,
      kind,
      email: body.email as string,
      redirectTo: url.searchParams.get('redirect_to'),
    });
  }
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: GOTRUE });
}

function userJson(id: string, email: string) {
  return {
    id,
    aud: 'authenticated',
    role: 'authenticated',
    email,
    app_metadata: {},
    user_metadata: {},
    created_at: new Date().toISOString(),
  };
}

function sessionJson(id: string, email: string) {
  return {
    access_token: `access-${id}`,
    refresh_token: `refresh-${randomUUID()}`,
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    user: userJson(id, email),
  };
}

const services: SessionService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.dispose();
});

async function start(gotrue: GoTrueDouble) {
  const logs = memorySink();
  const service = await SessionService.create({
    supabaseUrl: URL_BASE,
    supabaseAnonKey: 'sb_publishable_test',
    dataDir: mkdtempSync(join(tmpdir(), 'aterges-flows-')),
    localKey: { available: false, key: null, reason: 'keychain_missing' },
    logger: createLogger({ level: 'debug', sinks: [logs.sink] }),
    fetch: gotrue.fetch,
  });
  services.push(service);
  return { service, logs };
}

function callback(url: string) {
  const parsed = parseAuthCallbackUrl(url);
  if (!parsed.ok) throw new Error(`refused: ${parsed.refusal}`);
  return parsed.callback;
}

describe('sign-up with e-mail confirmation', () => {
  it('asks Auth to mail aterges://auth/callback and says the confirmation is pending', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    const state = await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    expect(state).toMatchObject({
      status: 'signed_out',
      notice: null,
      flow: { kind: 'confirm_sign_up', email: 'ana@example.com' },
    });
    expect(gotrue.flows[0]).toMatchObject({ kind: 'signup', redirectTo: AUTH_CALLBACK_URL });
  });

  it('the link’s code signs in with the verifier kept at sign-up; the code works once', async () => {
    const gotrue = new GoTrueDouble();
    const { service, logs } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const link = gotrue.followLatestLink('ana@example.com');
    const state = await service.completeAuthCallback(callback(link));
    expect(state).toMatchObject({
      status: 'signed_in',
      user: { email: 'ana@example.com' },
      notice: null,
      flow: null,
    });
    const code = new URL(link).searchParams.get('code')!;
    expect(logs.text()).not.toContain(code);

    await service.signOut();
    const again = await service.completeAuthCallback(callback(link));
    expect(again).toMatchObject({ status: 'signed_out', notice: 'link_other_device' });
  });

  it('a code exchanged on a device that asked for nothing says so', async () => {
    const gotrue = new GoTrueDouble();
    const asked = await start(gotrue);
    await asked.service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const link = gotrue.followLatestLink('ana@example.com');
    const other = await start(gotrue);
    const state = await other.service.completeAuthCallback(callback(link));
    expect(state).toMatchObject({ status: 'signed_out', notice: 'link_other_device' });
  });

  it('a used or unknown code is an expired link; Auth’s error redirect maps to a closed reason', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    const state = await service.completeAuthCallback({ kind: 'code', code: randomUUID() });
    expect(state.notice).toBe('link_expired');

    await service.signUp({ email: 'bea@example.com', password: 'a-long-password' });
    expect(
      (await service.completeAuthCallback({ kind: 'error', errorCode: 'otp_expired' })).notice,
    ).toBe('link_expired');
    for (const errorCode of [null, 'no_such_code', 'constructor', '__proto__', 'toString']) {
      expect((await service.completeAuthCallback({ kind: 'error', errorCode })).notice).toBe(
        'link_failed',
      );
    }
    // The flow on screen stays, so the user can ask for another mail.
    expect(service.getState().flow).toEqual({ kind: 'confirm_sign_up', email: 'bea@example.com' });
  });

  it('a sign-in refused for an unconfirmed address offers the confirmation card', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    await service.signUp({ email: 'ana@example.com', password: 'a-long-password' });
    service.leaveFlow();
    await expect(
      service.signIn({ email: 'ana@example.com', password: 'a-long-password' }),
    ).rejects.toMatchObject({ reason: 'email_not_confirmed' });
    expect(service.getState().flow).toEqual({ kind: 'confirm_sign_up', email: 'ana@example.com' });
  });

  it('resend: the wait of a mail limit comes from Auth’s message when there is no Retry-After', async () => {
    const gotrue = new GoTrueDouble();
    const { service } = await start(gotrue);
    gotrue.resendAnswer = {
      status: 429,
      body: {
        code: 'over_email_send_rate_limit',
        msg: 'For security purposes, you can only request this after 42 seconds.',
      },
    };
    await expect(service.resendConfirmation({ email: 'ana@example.com' })).rejects.toMatchObject({
      code: 'rate_limited',
      reason: 'email_rate_limited',
      params: { retryAfterSeconds: 42 },
    });
    gotrue.resendAnswer = null;
    const state = await service.resendConfirmation({ email: 'ana@example.com' });
    expect(state.flow).toEqual({ kind: 'confirm_sign_up', email: 'ana@example.com' });
    const call = gotrue.calls.find((c) => c.path.startsWith('POST /resend'))!;
    expect(call.path).toContain(`redirect_to=${encodeURIComponent(AUTH_CALLBACK_URL)}`);
    expect(call.body).toMatchObject({ type: 'signup', email: 'ana@example.com' });
  });
});

describe('password reset', () => {
  it('reset link → signed in on the new-password screen → new password → signed in with it', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.users.set('ana@example.com', {
      id: randomUUID(),
      password: 'old-password-1',
      confirmed: true,
    });
    const { service } = await start(gotrue);
    const sent = await service.requestPasswordReset({ email: 'ana@example.com' });
    expect(sent.flow).toEqual({ kind: 'reset_sent', email: 'ana@example.com' });
    expect(gotrue.flows[0]).toMatchObject({ kind: 'recovery', redirectTo: AUTH_CALLBACK_URL });

    const state = await service.completeAuthCallback(
      callback(gotrue.followLatestLink('ana@example.com')),
    );
    expect(state).toMatchObject({ status: 'signed_in', flow: { kind: 'new_password' } });

    await expect(service.setNewPassword({ password: 'short' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'password',
    });
    await expect(service.setNewPassword({ password: 'old-password-1' })).rejects.toMatchObject({
      reason: 'same_password',
    });
    const done = await service.setNewPassword({ password: 'new-password-2' });
    expect(done).toMatchObject({ status: 'signed_in', flow: null });
    expect(gotrue.users.get('ana@example.com')!.password).toBe('new-password-2');
  });

  it('offline, a link is kept for later instead of spent; signing out leaves the reset screen', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.users.set('ana@example.com', {
      id: randomUUID(),
      password: 'old-password-1',
      confirmed: true,
    });
    const { service } = await start(gotrue);
    await service.requestPasswordReset({ email: 'ana@example.com' });
    const link = callback(gotrue.followLatestLink('ana@example.com'));
    service.setConnectivity('offline');
    expect(await service.completeAuthCallback(link)).toMatchObject({
      status: 'signed_out',
      notice: 'auth_unreachable',
    });
    service.setConnectivity('online');
    expect(await service.completeAuthCallback(link)).toMatchObject({
      status: 'signed_in',
      flow: { kind: 'new_password' },
    });
    expect((await service.signOut()).flow).toBeNull();
  });

  it('a link is not used to swap the account of a signed-in user', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.users.set('ana@example.com', {
      id: randomUUID(),
      password: 'password-ana',
      confirmed: true,
    });
    gotrue.users.set('eve@example.com', {
      id: randomUUID(),
      password: 'password-eve',
      confirmed: true,
    });
    const { service } = await start(gotrue);
    await service.requestPasswordReset({ email: 'eve@example.com' });
    await service.signIn({ email: 'ana@example.com', password: 'password-ana' });
    const state = await service.completeAuthCallback(
      callback(gotrue.followLatestLink('eve@example.com')),
    );
    expect(state.user?.email).toBe('ana@example.com');
  });
});

describe('change password (Settings)', () => {
  it('checks the current password first; a wrong one changes nothing', async () => {
    const gotrue = new GoTrueDouble();
    gotrue.users.set('ana@example.com', {
      id: randomUUID(),
      password: 'password-one',
      confirmed: true,
    });
    const { service, logs } = await start(gotrue);
    await service.signIn({ email: 'ana@example.com', password: 'password-one' });

    await expect(
      service.changePassword({ currentPassword: 'CANARY-wrong-9', newPassword: 'password-two' }),
    ).rejects.toMatchObject({ reason: 'current_password_wrong', field: 'currentPassword' });
    expect(gotrue.users.get('ana@example.com')!.password).toBe('password-one');
    expect(service.getState().status).toBe('signed_in');

    await expect(
      service.changePassword({ currentPassword: 'password-one', newPassword: 'password-one' }),
    ).rejects.toMatchObject({ reason: 'same_password', field: 'newPassword' });

    const state = await service.changePassword({
      currentPassword: 'password-one',
      newPassword: 'CANARY-password-two',
    });
    expect(state.status).toBe('signed_in');
    expect(gotrue.users.get('ana@example.com')!.password).toBe('CANARY-password-two');
    expect(logs.text()).not.toMatch(/CANARY/);
  });

  it('needs a signed-in user', async () => {
    const { service } = await start(new GoTrueDouble());
    await expect(
      service.changePassword({ currentPassword: 'x', newPassword: 'password-two' }),
    ).rejects.toMatchObject({ reason: 'sign_in_first' });
  });
});
