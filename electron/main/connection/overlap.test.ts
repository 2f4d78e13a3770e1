import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { overlapsAny, secretMaterial, sentValuesOf } from './overlap.ts';
import { secretValuesOf } from './secret-fields.ts';

describe('overlapsAny', () => {
  it('finds any four-character run of a secret, and nothing shorter', () => {
    const key = `sk-proj-${randomBytes(36).toString('base64url')}`;
    expect(overlapsAny(`code ${key.slice(20, 24)} here`, [key])).toBe(true);
    expect(overlapsAny(key.slice(20, 23), [key])).toBe(false);
    expect(overlapsAny('invalid_api_key', ['Xq7ZvW3kPn9JtR2mYh5LwQ'])).toBe(false);
  });

  it('compares a PEM key by its body, not its armor words', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(overlapsAny(pem.split('\n')[5]!.slice(10, 30), [pem])).toBe(true);
    expect(overlapsAny('PRIVATE KEY', [pem], 8)).toBe(false);
  });

  it('treats literal "\\n" escapes in a JSON-pasted key as line breaks', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const escaped = pem.replaceAll('\n', '\\n');
    expect(secretMaterial([escaped]).every((piece) => !piece.includes('\\n'))).toBe(true);
    expect(overlapsAny(pem.split('\n')[3]!, [escaped])).toBe(true);
  });

  it('can use a longer run as the threshold', () => {
    expect(overlapsAny('abcdefg', ['abcdefghijklmnop'], 8)).toBe(false);
    expect(overlapsAny('abcdefgh', ['abcdefghijklmnop'], 8)).toBe(true);
  });
});

describe('sentValuesOf', () => {
  it('collects every string leaf of credentials and config', () => {
    expect(
      sentValuesOf({ apiKey: 'sk-a' }, { organization: 'org-x', nested: { deep: 'v' }, n: 3 }),
    ).toEqual(['sk-a', 'org-x', 'v']);
  });
});

describe('secretValuesOf', () => {
  it('picks the secret fields of each provider, current and legacy names', () => {
    expect(secretValuesOf('openai', { apiKey: 'sk-one' })).toContain('sk-one');
    expect(
      secretValuesOf('aws', {
        accessKeyId: 'AKIAIDENTIFIER000000',
        aws_secret_access_key: 'legacy-secret',
        sessionToken: 'token-value',
      }),
    ).toEqual(expect.arrayContaining(['legacy-secret', 'token-value']));
    expect(secretValuesOf('aws', { accessKeyId: 'AKIAIDENTIFIER000000' })).toEqual([]);
    expect(secretValuesOf('azure', { client_secret: 'shh-secret' })).toContain('shh-secret');
    expect(secretValuesOf('google_cloud', { private_key: 'PEM', client_email: 'a@b' })).toEqual([
      'PEM',
      'PEM',
    ]);
  });

  it('treats unparseable stored text as secret as a whole', () => {
    expect(secretValuesOf('aws', 'not json at all')).toEqual(['not json at all']);
    expect(secretValuesOf('openai', 'sk-bare-key')).toEqual(['sk-bare-key']);
  });
});
