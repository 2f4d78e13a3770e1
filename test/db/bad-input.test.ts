/**
 * Every kind of bad input gets its documented SQLSTATE and a message naming the parameter, and no
 * message (or detail, hint, context) contains the canary that the input carried.
 */
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  deleteIntegration,
  getCredentials,
  newCanary,
  restoreStatus,
  rotateCredentials,
  setStatus,
  updateIntegration,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['user'] });
let awsId: string;
let otherId: string;
let awsSecret: string;
const canary = newCanary();
const key = `sk-proj-${canary}`;

beforeAll(async () => {
  const awsCredential = credentialFor('aws', canary);
  awsSecret = (JSON.parse(awsCredential) as { secretAccessKey: string }).secretAccessKey;
  awsId = await asUser(t.api, t.users.user, (c) =>
    createIntegration(c, 'taken', 'aws', awsCredential),
  );
  otherId = await asUser(t.api, t.users.user, (c) =>
    createIntegration(c, 'other', 'openai', credentialFor('openai', newCanary())),
  );
});

const aws = (fields: Record<string, unknown>) =>
  JSON.stringify({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: canary, ...fields });
const azure = (fields: Record<string, unknown>) =>
  JSON.stringify({
    tenantId: 'contoso.onmicrosoft.com',
    clientId: 'c',
    clientSecret: canary,
    ...fields,
  });
const google = (fields: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(credentialFor('google_cloud', canary)), ...fields });

type Case = [string, (c: pg.ClientBase) => Promise<unknown>, string, RegExp];

const createCases: Case[] = [
  [
    'null name',
    (c) => createIntegration(c, null as unknown as string, 'openai', key),
    '22023',
    /^p_name must be 1-100 characters$/,
  ],
  [
    'blank name',
    (c) => createIntegration(c, ' \t ', 'openai', key),
    '22023',
    /^p_name must be 1-100 characters$/,
  ],
  [
    '101-character name',
    (c) => createIntegration(c, 'x'.repeat(101), 'openai', key),
    '22023',
    /^p_name must be 1-100 characters$/,
  ],
  [
    'control character in name',
    (c) => createIntegration(c, 'a\u0007b', 'openai', key),
    '22023',
    /^p_name must not contain control characters$/,
  ],
  [
    'null type',
    (c) => createIntegration(c, 'n', null as unknown as string, key),
    '22023',
    /^p_type must be one of/,
  ],
  ['unknown type', (c) => createIntegration(c, 'n', 'gcp', key), '22023', /^p_type must be one of/],
  [
    'type in the wrong case',
    (c) => createIntegration(c, 'n', 'OpenAI', key),
    '22023',
    /^p_type must be one of/,
  ],
  [
    'null credentials',
    (c) => createIntegration(c, 'n', 'openai', null),
    '22023',
    /^p_credentials must not be empty$/,
  ],
  [
    'blank credentials',
    (c) => createIntegration(c, 'n', 'openai', '  \n '),
    '22023',
    /^p_credentials must not be empty$/,
  ],
  [
    'credentials over 64 KiB',
    (c) => createIntegration(c, 'n', 'openai', `sk-${canary}${'a'.repeat(65536)}`),
    '22023',
    /^p_credentials must be at most 64 KiB$/,
  ],
  [
    'OpenAI key without sk-',
    (c) => createIntegration(c, 'n', 'openai', `pk-${canary}`),
    '22023',
    /^p_credentials must be an OpenAI secret key/,
  ],
  [
    'OpenAI key with spaces',
    (c) => createIntegration(c, 'n', 'openai', ` ${key} `),
    '22023',
    /^p_credentials must be an OpenAI secret key/,
  ],
  [
    'AWS text that is not JSON',
    (c) => createIntegration(c, 'n', 'aws', `{"secretAccessKey": "${canary}`),
    '22023',
    /^p_credentials must be a JSON object for type aws$/,
  ],
  [
    'AWS JSON array',
    (c) => createIntegration(c, 'n', 'aws', JSON.stringify([canary])),
    '22023',
    /^p_credentials must be a JSON object for type aws$/,
  ],
  [
    'AWS without secretAccessKey',
    (c) => createIntegration(c, 'n', 'aws', aws({ secretAccessKey: undefined, note: canary })),
    '22023',
    /^p_credentials must have a non-empty string field secretAccessKey$/,
  ],
  [
    'AWS with a numeric accessKeyId',
    (c) => createIntegration(c, 'n', 'aws', aws({ accessKeyId: 12345 })),
    '22023',
    /field accessKeyId$/,
  ],
  [
    'AWS with a malformed accessKeyId',
    (c) => createIntegration(c, 'n', 'aws', aws({ accessKeyId: canary.toLowerCase() })),
    '22023',
    /field accessKeyId must be an AWS access key ID$/,
  ],
  [
    'AWS with a non-string sessionToken',
    (c) => createIntegration(c, 'n', 'aws', aws({ sessionToken: 7 })),
    '22023',
    /field sessionToken must be a string$/,
  ],
  [
    'AWS with snake_case fields (not accepted from the app)',
    (c) =>
      createIntegration(
        c,
        'n',
        'aws',
        JSON.stringify({ access_key_id: 'AKIAIOSFODNN7EXAMPLE', secret_access_key: canary }),
      ),
    '22023',
    /field accessKeyId$/,
  ],
  [
    'Azure without clientSecret',
    (c) => createIntegration(c, 'n', 'azure', azure({ clientSecret: undefined, x: canary })),
    '22023',
    /field clientSecret$/,
  ],
  [
    'Azure with an empty clientSecret',
    (c) => createIntegration(c, 'n', 'azure', azure({ clientSecret: '', x: canary })),
    '22023',
    /field clientSecret$/,
  ],
  [
    'Google key that is not a service account',
    (c) => createIntegration(c, 'n', 'google_cloud', google({ type: 'authorized_user' })),
    '22023',
    /field type must be "service_account"$/,
  ],
  [
    'Google key without private_key',
    (c) => createIntegration(c, 'n', 'google_cloud', google({ private_key: undefined, x: canary })),
    '22023',
    /field private_key$/,
  ],
  [
    'Google key with a non-PEM private_key',
    (c) => createIntegration(c, 'n', 'google_cloud', google({ private_key: canary })),
    '22023',
    /field private_key must be a PEM private key$/,
  ],
  [
    'Google key with a bad client_email',
    (c) => createIntegration(c, 'n', 'google_cloud', google({ client_email: 'nobody' })),
    '22023',
    /field client_email must be an e-mail address$/,
  ],
  [
    'null config',
    (c) => createIntegration(c, 'n', 'openai', key, null),
    '22023',
    /^p_config must be a JSON object$/,
  ],
  [
    'array config',
    (c) => createIntegration(c, 'n', 'openai', key, [1]),
    '22023',
    /^p_config must be a JSON object$/,
  ],
  [
    'string config',
    (c) => createIntegration(c, 'n', 'openai', key, canary),
    '22023',
    /^p_config must be a JSON object$/,
  ],
  [
    'config over 16 KiB',
    (c) => createIntegration(c, 'n', 'openai', key, { big: 'x'.repeat(16384) }),
    '22023',
    /^p_config must be at most 16 KiB$/,
  ],
  [
    'config with a secret key',
    (c) => createIntegration(c, 'n', 'openai', key, { nested: { client_secret: canary } }),
    '22023',
    /^p_config must not contain secrets \(key client_secret\)/,
  ],
  [
    'config holding the credential',
    (c) => createIntegration(c, 'n', 'openai', key, { note: key }),
    '22023',
    /^p_config must not contain the credentials$/,
  ],
  [
    'duplicate name (any case, any spaces)',
    (c) => createIntegration(c, '  TAKEN ', 'openai', key),
    '23505',
    /^An integration named "TAKEN" already exists$/,
  ],
];

const otherCases: Case[] = [
  ['get: null id', (c) => getCredentials(c, null), '22023', /^p_integration_id must not be null$/],
  [
    'get: unknown id',
    (c) => getCredentials(c, '00000000-0000-4000-8000-000000000000'),
    'P0002',
    /^Integration not found$/,
  ],
  [
    'rotate: null id',
    (c) => rotateCredentials(c, null, key),
    '22023',
    /^p_integration_id must not be null$/,
  ],
  [
    'rotate: null credentials',
    (c) => rotateCredentials(c, awsId, null),
    '22023',
    /^p_credentials must not be empty$/,
  ],
  [
    'rotate: credentials over 64 KiB',
    (c) => rotateCredentials(c, awsId, canary.repeat(3000)),
    '22023',
    /^p_credentials must be at most 64 KiB$/,
  ],
  [
    'rotate: an OpenAI key for an AWS integration',
    (c) => rotateCredentials(c, awsId, key),
    '22023',
    /^p_credentials must be a JSON object for type aws$/,
  ],
  [
    'rotate: unparsable JSON',
    (c) => rotateCredentials(c, awsId, `{"accessKeyId": ${canary}}`),
    '22023',
    /^p_credentials must be a JSON object for type aws$/,
  ],
  ['status: unknown status', (c) => setStatus(c, awsId, 'ok'), '22023', /^p_status must be one of/],
  ['status: null status', (c) => setStatus(c, awsId, null), '22023', /^p_status must be one of/],
  [
    'status: error message over 500 characters',
    (c) => setStatus(c, awsId, 'error', `${canary} `.repeat(20)),
    '22023',
    /^p_error_message must be at most 500 characters$/,
  ],
  [
    'update: nothing to change',
    (c) => updateIntegration(c, awsId, null),
    '22023',
    /^p_name or p_config must be given$/,
  ],
  [
    'update: blank name',
    (c) => updateIntegration(c, awsId, '   '),
    '22023',
    /^p_name must be 1-100 characters$/,
  ],
  [
    'update: array config',
    (c) => updateIntegration(c, awsId, null, [canary]),
    '22023',
    /^p_config must be a JSON object$/,
  ],
  [
    'update: config with a secret',
    (c) => updateIntegration(c, awsId, null, { apiKey: canary }),
    '22023',
    /^p_config must not contain secrets/,
  ],
  [
    'update: config holding a secret field of the credential',
    (c) => updateIntegration(c, awsId, null, { note: `copied ${awsSecret}` }),
    '22023',
    /^p_config must not contain the credentials$/,
  ],
  [
    "update: another integration's name",
    (c) => updateIntegration(c, otherId, 'Taken'),
    '23505',
    /^An integration named "Taken" already exists$/,
  ],
  [
    'restore: null id',
    (c) => restoreStatus(c, null),
    '22023',
    /^p_integration_id must not be null$/,
  ],
  [
    'restore: unknown id',
    (c) => restoreStatus(c, '00000000-0000-4000-8000-000000000000'),
    'P0002',
    /^Integration not found$/,
  ],
  [
    'delete: null id',
    (c) => deleteIntegration(c, null),
    '22023',
    /^p_integration_id must not be null$/,
  ],
  [
    'delete: unknown id',
    (c) => deleteIntegration(c, '00000000-0000-4000-8000-000000000000'),
    'P0002',
    /^Integration not found$/,
  ],
];

describe.each([
  ['create_integration_with_vault', createCases],
  ['the other functions', otherCases],
])('%s', (_group, cases) => {
  it.each(cases)('%s → %s', async (_name, call, code, message) => {
    const error = await sqlError(asUser(t.api, t.users.user, call));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.text).not.toContain(canary);
  });
});

it('left the data unchanged', async () => {
  const { rows } = await t.admin.query(
    `select name, status, credentials_version from public.integrations order by name`,
  );
  expect(rows).toEqual([
    { name: 'other', status: 'unverified', credentials_version: 1 },
    { name: 'taken', status: 'unverified', credentials_version: 1 },
  ]);
  const secrets = await t.admin.query('select count(*)::int as n from vault.secrets');
  expect(secrets.rows).toEqual([{ n: 2 }]);
});
