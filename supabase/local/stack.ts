/**
 * The whole local Supabase: a migrated Postgres (database.ts) and the local HTTP API
 * (api/server.ts) over it, with freshly signed anon and service_role keys. Integration tests
 * start one per file; `npm run dev` starts one when no Supabase project is configured.
 *
 * @example
 *   const stack = await startLocalStack();
 *   const supabase = createClient(stack.url, stack.anonKey);
 *   // ... stack.faults.status503 = true; ...
 *   await stack.stop();
 */
import pg from 'pg';
import type { FaultSwitches } from './api/faults.ts';
import type { AuthSettings } from './api/gotrue/auth-settings.ts';
import type { MailOutbox, SentMail } from './api/gotrue/mail-outbox.ts';
import { createApiKey, generateJwtSecret } from './api/jwt.ts';
import { startLocalApi } from './api/server.ts';
import type { LocalDatabase, LocalDatabaseOptions } from './database.ts';
import { startLocalDatabase } from './database.ts';

export interface LocalStackOptions {
  /** Port of the HTTP API; a free one by default. */
  port?: number;
  /** Persistent Postgres data directory (for `npm run dev`); throwaway by default. */
  dataDir?: string;
  /** JWT secret; random per start by default (then earlier tokens stop working). */
  jwtSecret?: string;
  /**
   * GoTrue behaviour: e-mail confirmation (on by default, as on a hosted project; `autoconfirm:
   * true` turns it off), redirect URLs, password policy, rate limits (off by default).
   */
  authSettings?: Partial<AuthSettings>;
  /** Called with every mail GoTrue sends (the dev server prints the links). */
  onMail?: (mail: SentMail) => void;
  /** Passed on to startLocalDatabase (e.g. skipMigrations, log). */
  database?: Omit<LocalDatabaseOptions, 'dataDir'>;
}

export interface LocalStack {
  /** Base URL, as a project's `https://<ref>.supabase.co`. */
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  database: LocalDatabase;
  faults: FaultSwitches;
  /** GoTrue settings, changeable at runtime. */
  authSettings: AuthSettings;
  /** The mails GoTrue sent (links and codes), like `supabase start`'s mail catcher. */
  mail: MailOutbox;
  stop(): Promise<void>;
}

function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10, idleTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query
  // opens a new one.
  pool.on('error', () => {});
  return pool;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const database = await startLocalDatabase({
    ...options.database,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  const restPool = createPool(database.authenticatorUrl);
  const authPool = createPool(database.authAdminUrl);
  // Realtime connects as the project's admin role: it probes realtime.messages as any user.
  const realtimePool = createPool(database.adminUrl);
  const pools = [restPool, authPool, realtimePool];
  try {
    const jwtSecret = options.jwtSecret ?? generateJwtSecret();
    const anonKey = await createApiKey('anon', jwtSecret);
    const serviceRoleKey = await createApiKey('service_role', jwtSecret);
    const api = await startLocalApi({
      restPool,
      authPool,
      jwtSecret,
      anonKey,
      serviceRoleKey,
      ...(options.port ? { port: options.port } : {}),
      ...(options.authSettings ? { authSettings: options.authSettings } : {}),
      ...(options.onMail ? { onMail: options.onMail } : {}),
      realtime: { adminPool: realtimePool, adminUrl: database.adminUrl },
    });
    let stopped = false;
    return {
      get url() {
        return api.url;
      },
      anonKey,
      serviceRoleKey,
      jwtSecret,
      database,
      faults: api.faults,
      authSettings: api.authSettings,
      mail: api.mail,
      async stop() {
        if (stopped) return;
        stopped = true;
        await api.close();
        await Promise.allSettled(pools.map((pool) => pool.end()));
        await database.stop();
      },
    };
  } catch (error) {
    await Promise.allSettled(pools.map((pool) => pool.end()));
    await database.stop();
    throw error;
  }
}
