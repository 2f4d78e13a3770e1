import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  containsSecretFragment,
  redactFragments,
  scrubSecrets,
  secretMaterial,
} from './scrub.ts';
import { secretValuesOf } from './secret-fields.ts';

const canaryKey = (): string => `sk-proj-${randomBytes(36).toString('base64url')}`;

describe('scrubSecrets', () => {
  it("removes the key fragments OpenAI's 401 echoes (prefix and last four characters)", () => {
    const key = canaryKey();
    const echoed = `Incorrect API key provided: ${key.slice(0, 8)}${'*'.repeat(40)}${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`;
    const scrubbed = scrubSecrets(echoed, [key]);
    expect(scrubbed).not.toContain(key.slice(-4));
    expect(scrubbed).not.toContain('*****');
    expect(scrubbed).toContain('You can find your API key at');
    expect(containsSecretFragment(scrubbed, [key])).toBe(false);
  });

  it('removes the ellipsis form `sk-…abcd`', () => {
    const key = canaryKey();
    const scrubbed = scrubSecrets(`key sk-…${key.slice(-4)} rejected`, [key]);
    expect(scrubbed).toBe(`key ${REDACTED} rejected`);
  });

  it('removes any fragment of four characters or more, and the whole value', () => {
    const secret = 'Zq9/xW2+kLm4PqRsTuVwXyZ0aBcDeFgHiJkLmNoP';
    expect(scrubSecrets(`a ${secret} b`, [secret])).toBe(`a ${REDACTED} b`);
    expect(scrubSecrets('xx kLm4 yy', [secret])).toBe(`xx ${REDACTED} yy`);
    expect(scrubSecrets('xx kLm yy', [secret])).toBe('xx kLm yy');
  });

  it('joins overlapping fragments into one redaction and keeps the text around them', () => {
    const secret = 'abcdefghijklmnop';
    expect(redactFragments('start-cdefgh-end and ijkl', [secret])).toBe(
      `start-${REDACTED}-end and ${REDACTED}`,
    );
  });

  it('handles several secrets at once (secret access key and session token)', () => {
    const secretAccessKey = randomBytes(30).toString('base64');
    const sessionToken = randomBytes(120).toString('base64');
    const text = `sig ${secretAccessKey.slice(5, 15)} tok ${sessionToken.slice(40, 60)}`;
    const scrubbed = scrubSecrets(text, [secretAccessKey, sessionToken]);
    expect(containsSecretFragment(scrubbed, [secretAccessKey, sessionToken])).toBe(false);
  });

  it('removes PEM blocks and body lines of a private key, but not the armor words elsewhere', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const bodyLine = pem.split('\n')[5]!;
    const text = `bad key: ${pem} then ${bodyLine.slice(10, 30)}; PRIVATE KEY files are sensitive`;
    const scrubbed = scrubSecrets(text, [pem]);
    expect(containsSecretFragment(scrubbed, [pem])).toBe(false);
    expect(scrubbed).toContain('PRIVATE KEY files are sensitive');
  });

  it('treats literal "\\n" escapes in a JSON-pasted key as line breaks', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const escaped = pem.replaceAll('\n', '\\n');
    const material = secretMaterial([escaped]);
    expect(material.every((piece) => !piece.includes('\\n'))).toBe(true);
    expect(containsSecretFragment(pem.split('\n')[3]!, [escaped])).toBe(true);
  });

  it('removes tokens that look like JWTs and OpenAI keys even when they are not the credential', () => {
    const text =
      'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig and sk-other1234567890';
    expect(scrubSecrets(text, [])).toBe(`token ${REDACTED} and ${REDACTED}`);
  });

  it('leaves text without secrets unchanged', () => {
    const text = 'AADSTS7000215: Invalid client secret provided. Trace ID: 0b8e6f3e-…';
    expect(scrubSecrets(text, ['Xq7ZvW3kPn9JtR2mYh5LwQ'])).toBe(text);
  });

  it('can use a longer fragment length as a final guard', () => {
    const secret = 'abcdefghijklmnop';
    expect(redactFragments('abcdefg', [secret], 8)).toBe('abcdefg');
    expect(redactFragments('abcdefgh', [secret], 8)).toBe(REDACTED);
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
