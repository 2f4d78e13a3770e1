import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionTestRunner } from '../../electron/main/connection/connection-test-runner.ts';
import { serializeCredentials } from '../../shared/stored-credentials.ts';
import {
  canaryAwsCredentials,
  canaryGoogleAccount,
} from '../support/provider-stand-ins/canary-credentials.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerAws, registerOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { StandIns } from './support/stand-in-suite.ts';

/*
 * Credentials and settings that cannot be used as they are: reported as invalid_format without
 * calling the provider, and without quoting the malformed secret.
 */

let standIns: StandIns;
beforeAll(async () => {
  standIns = await startStandIns();
});
afterAll(() => standIns.close());

describe('credentials in the wrong shape', () => {
  it('reads the stored text forms (bare OpenAI key, JSON, legacy field names) and tests them', async () => {
    const runner = standIns.runner();
    const openai = registerOpenAi(standIns);
    const bare = await runner.testStored('openai', openai.credentials.apiKey, openai.config);
    expect(bare.ok).toBe(true);

    const aws = registerAws(standIns);
    const legacy = JSON.stringify({
      aws_access_key_id: aws.credentials.accessKeyId,
      aws_secret_access_key: aws.credentials.secretAccessKey,
    });
    expect((await runner.testStored('aws', legacy, aws.config)).ok).toBe(true);
    const current = serializeCredentials('aws', aws.credentials);
    expect((await runner.testStored('aws', current, aws.config)).ok).toBe(true);
  });

  it('reports stored text that is not JSON as invalid_format, without quoting it', async () => {
    const secret = canaryAwsCredentials().secretAccessKey;
    const before = standIns.aws.requests.length;
    const result = await standIns.runner().testStored('aws', `not json ${secret}`, {});
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_format', latencyMs: 0 });
    expect(result.reason).toBe('credentials_unreadable');
    expect(standIns.aws.requests.length).toBe(before);
    expectNoSecret(result, [secret]);
  });

  it('reports a missing field as invalid_format naming the field, not the value', async () => {
    const { secretAccessKey } = canaryAwsCredentials();
    const result = await standIns.runner().test('aws', { secretAccessKey }, {});
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_format' });
    expect(result).toMatchObject({
      reason: 'credentials_malformed',
      params: { field: 'accessKeyId' },
    });
    expectNoSecret(result, [secretAccessKey]);
  });

  it('reports a Google key file whose private key cannot sign as invalid_format', async () => {
    const { credentials } = canaryGoogleAccount();
    // A truncated key body: still PEM-shaped, but not a readable RSA key.
    const lines = credentials.private_key.trim().split('\n');
    const truncated = [...lines.slice(0, 10), lines.at(-1)].join('\n');
    const broken = { ...credentials, private_key: `${truncated}\n` };
    const result = await standIns.runner().test('google_cloud', broken, {});
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_format' });
    expect(result).toMatchObject({
      reason: 'credentials_malformed',
      params: { field: 'private_key' },
    });
    expectNoSecret(result, [broken.private_key, credentials.private_key]);
  });

  it('reports unusable settings as invalid_format, and ignores settings this version does not know', async () => {
    const openai = registerOpenAi(standIns);
    const runner = standIns.runner();
    const bad = await runner.test('openai', openai.credentials, { baseUrl: 'ftp://example.com' });
    expect(bad).toMatchObject({ ok: false, errorKind: 'invalid_format' });
    expect(bad).toMatchObject({ reason: 'config_invalid', params: { field: 'baseUrl' } });
    expect(JSON.stringify(bad)).not.toContain('example.com');
    const retired = await runner.test('openai', openai.credentials, {
      ...openai.config,
      legacyFlag: 'x',
    });
    expect(retired.ok).toBe(true);
  });

  it('does not test credentials of the wrong provider', async () => {
    const aws = canaryAwsCredentials();
    const result = await new ConnectionTestRunner().test('azure', aws, {});
    expect(result).toMatchObject({ ok: false, errorKind: 'invalid_format' });
    expect(result.reason).toBe('credentials_malformed');
    expectNoSecret(result, [aws.secretAccessKey]);
  });
});
