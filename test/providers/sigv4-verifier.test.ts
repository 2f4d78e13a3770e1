import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { canaryAwsCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import { parseAuthorization, verifySigV4 } from '../support/provider-stand-ins/sigv4-verifier.ts';

/*
 * Cross-checks the STS stand-in's SigV4 verifier against @smithy/signature-v4 (the signer the AWS
 * SDK itself uses), so the stand-in cannot accept a signature AWS would refuse or the reverse.
 */

class NodeSha256 {
  readonly #hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#hash = secret ? createHmac('sha256', toBuffer(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#hash.update(toBuffer(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.#hash.digest()));
  }
  reset(): void {}
}

function toBuffer(data: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

async function signedRequest(
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  signingDate: Date,
) {
  const signer = new SignatureV4({
    credentials,
    region: 'eu-west-1',
    service: 'sts',
    sha256: NodeSha256,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4566,
      path: '/',
      query: {},
      headers: {
        host: '127.0.0.1:4566',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: BODY,
    },
    { signingDate },
  );
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { url: new URL('http://127.0.0.1:4566/'), method: 'POST', headers, body: BODY };
}

describe('SigV4 verifier of the STS stand-in', () => {
  it('accepts a request signed by @smithy/signature-v4 with the right secret', async () => {
    const credentials = canaryAwsCredentials();
    const request = await signedRequest(credentials, new Date());
    const auth = parseAuthorization(request.headers.authorization);
    expect(auth).toMatchObject({
      accessKeyId: credentials.accessKeyId,
      region: 'eu-west-1',
      service: 'sts',
    });
    expect(verifySigV4(request, auth!, credentials.secretAccessKey, Date.now())).toEqual({
      ok: true,
    });
  });

  it('accepts temporary credentials with the session token signed in', async () => {
    const credentials = canaryAwsCredentials({ temporary: true });
    const request = await signedRequest(credentials, new Date());
    const auth = parseAuthorization(request.headers.authorization)!;
    expect(auth.signedHeaders).toContain('x-amz-security-token');
    expect(verifySigV4(request, auth, credentials.secretAccessKey, Date.now())).toEqual({
      ok: true,
    });
  });

  it('refuses the same request checked against another secret', async () => {
    const credentials = canaryAwsCredentials();
    const request = await signedRequest(credentials, new Date());
    const auth = parseAuthorization(request.headers.authorization)!;
    const other = canaryAwsCredentials().secretAccessKey;
    expect(verifySigV4(request, auth, other, Date.now())).toEqual({
      ok: false,
      reason: 'signature_mismatch',
    });
  });

  it('refuses a tampered body', async () => {
    const credentials = canaryAwsCredentials();
    const request = await signedRequest(credentials, new Date());
    const auth = parseAuthorization(request.headers.authorization)!;
    const tampered = { ...request, body: 'Action=GetSessionToken&Version=2011-06-15' };
    expect(verifySigV4(tampered, auth, credentials.secretAccessKey, Date.now()).ok).toBe(false);
  });

  it('refuses a signature more than 15 minutes old', async () => {
    const credentials = canaryAwsCredentials();
    const request = await signedRequest(credentials, new Date(Date.now() - 20 * 60_000));
    const auth = parseAuthorization(request.headers.authorization)!;
    expect(verifySigV4(request, auth, credentials.secretAccessKey, Date.now())).toMatchObject({
      ok: false,
      reason: 'signature_expired',
    });
  });
});
