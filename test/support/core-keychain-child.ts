/**
 * Run as a child process by the keychain tests, with an environment the parent chose (for "no
 * Secret Service": DBUS_SESSION_BUS_ADDRESS pointing at nothing). It uses the real keytar, signs
 * in, lists integrations and prints one JSON line describing what happened.
 *
 * Env: CORE_SUPABASE_URL, CORE_SUPABASE_ANON_KEY, CORE_EMAIL, CORE_PASSWORD, CORE_DATA_DIR.
 */
import { readdirSync } from 'node:fs';
import { isAppError } from '../../shared/errors.ts';
import { createLogger } from '../../electron/main/logging/logger.ts';
import { memorySink } from '../../electron/main/logging/sinks.ts';
import { loadKeytar } from '../../electron/main/session/keychain.ts';
import { loadOrCreateLocalKey, resolveLocalKey } from '../../electron/main/session/local-key.ts';
import { SessionService } from '../../electron/main/session/session-service.ts';
import { VaultClient } from '../../electron/main/vault/vault-client.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const logs = memorySink();
const logger = createLogger({ level: 'debug', sinks: [logs.sink] });
const keychain = await loadKeytar();

let direct: { ok: true } | { ok: false; code: string | null; message: string };
try {
  await loadOrCreateLocalKey(keychain);
  direct = { ok: true };
} catch (error) {
  direct = {
    ok: false,
    code: isAppError(error) ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
  };
}

const localKey = await resolveLocalKey(keychain, logger);
const dataDir = env('CORE_DATA_DIR');
const session = await SessionService.create({
  supabaseUrl: env('CORE_SUPABASE_URL'),
  supabaseAnonKey: env('CORE_SUPABASE_ANON_KEY'),
  dataDir,
  localKey,
  logger,
});
const before = session.getState();
const after = await session.signIn({ email: env('CORE_EMAIL'), password: env('CORE_PASSWORD') });
const vault = new VaultClient({ client: session.client, logger });
const integrations = await vault.list();
await session.dispose();

process.stdout.write(
  `${JSON.stringify({
    direct,
    localKey: { available: localKey.available, reason: localKey.reason },
    before,
    after,
    listed: integrations.length,
    files: readdirSync(dataDir),
  })}\n`,
);
