/**
 * Real supabase-js clients for a test target, configured as a test needs them: no persistence,
 * no background refresh timer, no automatic GET retries (they would hide what the server said),
 * and optionally a fetch that records every response body so a test can prove that a canary
 * credential never comes back.
 */
import { createClient } from '@supabase/supabase-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { SupabaseTarget } from './supabase-target.ts';
import type { TestUser } from './supabase-users.ts';

interface LooseTable {
  Row: Record<string, unknown>;
  Insert: Record<string, unknown>;
  Update: Record<string, unknown>;
  Relationships: [];
}

interface LooseSchema {
  Tables: Record<string, LooseTable>;
  Views: Record<string, never>;
  Functions: Record<string, { Args: Record<string, unknown>; Returns: unknown }>;
}

/**
 * Database types loose enough for tests that probe the API itself (unknown functions, other
 * schemas); the app's own code uses its generated types.
 */
export interface LooseDatabase {
  public: LooseSchema;
  private: LooseSchema;
}

export type TestClient = SupabaseClient<LooseDatabase>;

export interface RecordedResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A fetch that keeps a copy of every response (status, headers, body) it returns. */
export function recordingFetch(): { fetch: typeof fetch; responses: RecordedResponse[] } {
  const responses: RecordedResponse[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const body = await response.clone().text();
    responses.push({
      url: response.url,
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body,
    });
    return response;
  };
  return { fetch: recording, responses };
}

export interface TestClientOptions {
  fetch?: typeof fetch;
  /** Keep supabase-js's own refresh timer (off by default). */
  autoRefreshToken?: boolean;
  /** supabase-js's auth flow (its default: implicit); the app uses pkce. */
  flowType?: 'pkce' | 'implicit';
  /** Extra headers on every request (e.g. X-Forwarded-For, the key of per-address limits). */
  headers?: Record<string, string>;
}

export function createTestClient(
  target: SupabaseTarget,
  options: TestClientOptions = {},
): TestClient {
  return createClient<LooseDatabase>(target.url, target.publishableKey, {
    auth: {
      persistSession: false,
      autoRefreshToken: options.autoRefreshToken ?? false,
      detectSessionInUrl: false,
      ...(options.flowType ? { flowType: options.flowType } : {}),
    },
    db: { retry: false },
    global: {
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    },
  });
}

/** A client signed in as `user` with the password grant. */
export async function signedInClient(
  target: SupabaseTarget,
  user: TestUser,
  options: TestClientOptions = {},
): Promise<TestClient> {
  const client = createTestClient(target, options);
  const { error } = await client.auth.signInWithPassword({
    email: user.email,
    password: user.password,
  });
  if (error) throw error;
  return client;
}

/** A client with the service_role key (admin API, RLS bypass). Never give it to app code. */
export function serviceRoleClient(target: SupabaseTarget): TestClient {
  return createClient<LooseDatabase>(target.url, target.secretKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    db: { retry: false },
  });
}
