/**
 * The Supabase that integration tests talk to: the local stack (real Postgres, real migrations,
 * the local HTTP API) by default, or a real Supabase project when SUPABASE_URL,
 * SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY are all set. The same tests then run against
 * both; tests that need the local stack's fault switches or its JWT secret skip against a real
 * project, with NEEDS_LOCAL_STACK as the reason.
 */
import type { FaultSwitches } from '../../supabase/local/api/faults.ts';
import type { LocalStack, LocalStackOptions } from '../../supabase/local/stack.ts';
import { startLocalStack } from '../../supabase/local/stack.ts';

export interface SupabaseTarget {
  kind: 'local' | 'remote';
  url: string;
  /** The key tests and the app use: `sb_publishable_…` (a real project's legacy anon key when
   * SUPABASE_PUBLISHABLE_KEY is not set). */
  publishableKey: string;
  /** `sb_secret_…` for admin clients (the service_role key when SUPABASE_SECRET_KEY is not set). */
  secretKey: string;
  /** Legacy JWT keys, for the tests that prove they still work (or are refused). */
  anonKey: string;
  serviceRoleKey: string;
  /** The local stack (faults, JWT secret, GoTrue settings, database); null for a real project. */
  local: LocalStack | null;
  stop(): Promise<void>;
}

/** Why a test is skipped when it runs against a real project. */
export const NEEDS_LOCAL_STACK =
  'local stack only: needs its fault switches, JWT secret or GoTrue settings (skipped when SUPABASE_URL names a real project)';

/** Whether the environment names a real Supabase project to test against. */
export function remoteTargetConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SUPABASE_URL && env.SUPABASE_ANON_KEY && env.SUPABASE_SERVICE_ROLE_KEY);
}

export async function startSupabaseTarget(
  options: LocalStackOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<SupabaseTarget> {
  if (remoteTargetConfigured(env)) {
    return {
      kind: 'remote',
      url: env.SUPABASE_URL!.replace(/\/+$/, ''),
      publishableKey: env.SUPABASE_PUBLISHABLE_KEY || env.SUPABASE_ANON_KEY!,
      secretKey: env.SUPABASE_SECRET_KEY || env.SUPABASE_SERVICE_ROLE_KEY!,
      anonKey: env.SUPABASE_ANON_KEY!,
      serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY!,
      local: null,
      stop: () => Promise.resolve(),
    };
  }
  const stack = await startLocalStack(options);
  return {
    kind: 'local',
    url: stack.url,
    publishableKey: stack.publishableKey,
    secretKey: stack.secretKey,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    local: stack,
    stop: () => stack.stop(),
  };
}

/** The fault switches of a local target; throws against a real project. */
export function faultsOf(target: SupabaseTarget): FaultSwitches {
  if (!target.local) throw new Error(NEEDS_LOCAL_STACK);
  return target.local.faults;
}

/** The local stack of a target; throws against a real project. */
export function localStackOf(target: SupabaseTarget): LocalStack {
  if (!target.local) throw new Error(NEEDS_LOCAL_STACK);
  return target.local;
}
