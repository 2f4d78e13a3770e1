import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/*
 * A throwaway certificate authority for the https stand-ins (the Azure authority must be https).
 * node:crypto cannot issue X.509 certificates, so the openssl CLI makes a self-signed CA
 * certificate that is also the server's certificate for 127.0.0.1 and localhost. Clients trust it
 * through an explicit `ca` option, never through global state.
 */

export interface TestCertificate {
  /** PEM certificate: hand it to the client as its trusted CA. */
  cert: string;
  /** PEM private key for the server. */
  key: string;
}

const run = promisify(execFile);

export async function createTestCertificate(): Promise<TestCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'aterges-test-ca-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ]);
    const [cert, key] = await Promise.all([readFile(certPath, 'utf8'), readFile(keyPath, 'utf8')]);
    return { cert, key };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
