/**
 * Runs a command where the OS keychain is usable.
 *
 * On Linux without a session bus (CI, SSH, containers) it starts a private D-Bus session and an
 * unlocked gnome-keyring Secret Service for the command, so the keychain tests use the real
 * keychain rather than a stand-in. Elsewhere (macOS Keychain, Windows Credential Manager, a
 * desktop Linux session) it runs the command as it is.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-keyring <command> [args...]');
  process.exit(2);
}

function has(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

const needsPrivateKeyring =
  process.platform === 'linux' &&
  !process.env.ATERGES_KEYRING_READY &&
  (!process.env.DBUS_SESSION_BUS_ADDRESS || process.env.CI === 'true');

let result;
if (needsPrivateKeyring && has('dbus-run-session') && has('gnome-keyring-daemon')) {
  // A throwaway password: the keyring lives only as long as this D-Bus session.
  const password = randomBytes(16).toString('hex');
  const script =
    'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; ' +
    'unset KEYRING_PASSWORD; exec "$@"';
  // A keyring folder of its own: a login keyring left by an earlier run was made with another
  // password and would stay locked ("Cannot create an item in a locked collection").
  const keyringHome = mkdtempSync(join(tmpdir(), 'aterges-keyring-'));
  try {
    result = spawnSync(
      'dbus-run-session',
      ['--', 'sh', '-c', script, 'with-keyring', command, ...args],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          KEYRING_PASSWORD: password,
          ATERGES_KEYRING_READY: '1',
          XDG_DATA_HOME: keyringHome,
        },
      },
    );
  } finally {
    rmSync(keyringHome, { recursive: true, force: true });
  }
} else {
  if (needsPrivateKeyring) {
    console.warn(
      'with-keyring: dbus-run-session or gnome-keyring-daemon is missing; keychain tests will report the keychain as unavailable.',
    );
  }
  result = spawnSync(command, args, {
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32',
  });
}
process.exit(result.status ?? 1);
