import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
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

export const URL_BASE = 'https://abcd.supabase.co';
const GOTRUE = { 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' };

export interface Flow {
  challenge: string;
  kind: 'signup' | 'recovery';
  email: string;
  redirectTo: string | null;
}

export class GoTrueDouble {
  readonly users = new Map<string, { id: string; password: string; confirmed: boolean }>();

  /** An account that has confirmed its address. */
  addConfirmedUser(email: string, password: string): void {
    this.users.set(email, { id: randomUUID(), password, confirmed: true });
  }
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

export function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: GOTRUE });
}

export function userJson(id: string, email: string) {
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

export function sessionJson(id: string, email: string) {
  return {
    access_token: `access-${id}`,
    refresh_token: `refresh-${randomUUID()}`,
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: Math.floor(Date.now() / 1000) + 3600,
    user: userJson(id, email),
  };
}

export async function start(gotrue: GoTrueDouble) {
  const logs = memorySink();
  const service = await SessionService.create({
    supabaseUrl: URL_BASE,
    supabaseAnonKey: 'sb_publishable_test',
    dataDir: mkdtempSync(join(tmpdir(), 'aterges-flows-')),
    localKey: { available: false, key: null, reason: 'keychain_missing' },
    logger: createLogger({ level: 'debug', sinks: [logs.sink] }),
    fetch: gotrue.fetch,
  });
  onTestFinished(() => service.dispose());
  return { service, logs };
}

export function callback(url: string) {
  const parsed = parseAuthCallbackUrl(url);
  if (!parsed.ok) throw new Error(`refused: ${parsed.refusal}`);
  return parsed.callback;
}
