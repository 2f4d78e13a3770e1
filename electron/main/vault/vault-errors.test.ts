import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAiCredentialsSchema } from '../../../shared/credentials.ts';
import { parseInput } from '../input/parse-input.ts';
import { INTEGRATION_COLUMNS, mapEventRow, mapIntegrationRow } from './row-mapping.ts';
import { mapPostgrestFailure } from './vault-errors.ts';

const failure = (status: number, code: string, message = 'm') => ({
  error: { message, code },
  status,
});

describe('mapPostgrestFailure', () => {
  it.each([
    [failure(0, '', 'TypeError: fetch failed'), 'offline', undefined],
    [failure(401, '42501', 'User must be authenticated'), 'not_authenticated', undefined],
    [failure(403, '42501', 'User must be authenticated'), 'not_authenticated', undefined],
    [failure(401, 'PGRST303', 'JWT expired'), 'not_authenticated', undefined],
    [failure(403, '28M01', 'Second factor required'), 'not_authenticated', undefined],
    [failure(500, 'P0002', 'Integration not found'), 'not_found', undefined],
    [failure(406, 'PGRST116', 'Cannot coerce'), 'not_found', undefined],
    [failure(409, '23505', 'An integration named "x" already exists'), 'conflict', 'name'],
    [failure(400, '22023', 'p_name must be 1-100 characters'), 'invalid_input', 'name'],
    [failure(400, '22023', 'p_config.region must be a string'), 'invalid_input', 'config.region'],
    [failure(400, '23514', 'violates check'), 'invalid_input', undefined],
    [failure(404, 'PGRST202', 'Could not find the function'), 'server_error', undefined],
    [failure(503, '', 'Service Unavailable'), 'server_error', undefined],
    [failure(503, '08006', 'connection failure'), 'server_error', undefined],
    [failure(500, 'XX000', 'Integration credentials are missing'), 'server_error', undefined],
    [failure(403, '42501', 'permission denied for table integrations'), 'server_error', undefined],
  ])('%j → %s', (input, code, field) => {
    const mapped = mapPostgrestFailure(input);
    expect(mapped.code).toBe(code);
    expect(mapped.field).toBe(field);
    // A code, never the server's sentence.
    expect(mapped.reason).toMatch(/^[a-z_]+$/);
  });

  it('tells a refused project key from an expired session', () => {
    expect(mapPostgrestFailure(failure(401, '', 'Invalid API key'))).toMatchObject({
      code: 'server_error',
      reason: 'api_key_refused',
    });
    expect(mapPostgrestFailure(failure(401, 'PGRST303', 'JWT expired'))).toMatchObject({
      code: 'not_authenticated',
      reason: 'session_expired',
    });
  });

  it("tells the database's demand for a second factor from a lost session", () => {
    expect(mapPostgrestFailure(failure(403, '28M01', 'Second factor required'))).toMatchObject({
      code: 'not_authenticated',
      reason: 'second_factor_required',
    });
  });

  it('words the database checks that have words of their own', () => {
    expect(
      mapPostgrestFailure(
        failure(400, '22023', 'p_name must not contain invisible or direction-changing characters'),
      ),
    ).toMatchObject({ reason: 'fieldIssue.invisible_characters', field: 'name' });
    expect(
      mapPostgrestFailure(failure(400, '22023', 'p_config must be nested at most 8 levels deep')),
    ).toMatchObject({ reason: 'fieldIssue.config_too_deep', field: 'config' });
  });

  it('says when a bound setting was refused by the database', () => {
    const mapped = mapPostgrestFailure(
      failure(
        400,
        '22023',
        'p_config.organization can only change together with the credentials (rotate them)',
      ),
    );
    expect(mapped).toMatchObject({ reason: 'bound_setting_change', field: 'config.organization' });
  });

  it('names the field and scrubs the credential from a 22023 message', () => {
    const secret = 'sk-CANARYabcdefghijklmnopqrstuvwx';
    const mapped = mapPostgrestFailure(
      failure(400, '22023', `p_credentials ${secret} is not a key`),
      [{ apiKey: secret }],
    );
    expect(mapped.field).toBe('credentials');
    expect(mapped.message).not.toContain('CANARY');
    expect(mapped.reason).toBe('server_refused_value');
  });

  it('never passes other server messages on', () => {
    const mapped = mapPostgrestFailure(failure(500, 'XX000', 'secret detail CANARY'));
    expect(mapped.message).not.toContain('CANARY');
  });
});

describe('parseInput', () => {
  it('names the field of the first problem and never echoes the value', async () => {
    const error = await parseInput(z.strictObject({ credentials: openAiCredentialsSchema }), {
      credentials: { apiKey: 'not-a-key-CANARY' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'credentials.apiKey' });
    expect((error as Error).message).not.toContain('CANARY');
  });

  it('prefixes the field when asked', async () => {
    await expect(parseInput(z.uuid(), 'nope', { fieldPrefix: 'id' })).rejects.toMatchObject({
      field: 'id',
    });
  });
});

describe('row mapping', () => {
  const row = {
    id: randomUUID(),
    name: 'Prod',
    type: 'aws',
    status: 'connected',
    error_message: null,
    error_code: null,
    config: { region: 'eu-west-1' },
    credential_hint: 'AKIA…MPLE',
    credentials_version: 2,
    credentials_migrated: false,
    last_used_at: null,
    last_verified_at: '2025-01-01T10:00:00.123456+00:00',
    last_test_passed_at: null,
    created_at: '2025-01-01T09:00:00+00:00',
    updated_at: '2025-01-01T10:00:00.123456+00:00',
  };

  it('maps an integration row to the domain type', () => {
    expect(mapIntegrationRow(row)).toMatchObject({
      id: row.id,
      credentialHint: 'AKIA…MPLE',
      credentialsVersion: 2,
      lastVerifiedAt: row.last_verified_at,
      lastTestPassedAt: null,
      errorCode: null,
    });
    expect(
      mapIntegrationRow({ ...row, status: 'error', error_code: 'key_rejected' }).errorCode,
    ).toBe('key_rejected');
  });

  it('selects no secret or owner column', () => {
    expect(INTEGRATION_COLUMNS.split(',')).not.toContain('secret_id');
    expect(INTEGRATION_COLUMNS.split(',')).not.toContain('user_id');
    expect(INTEGRATION_COLUMNS).not.toMatch(/credentials(,|$)/);
  });

  it('refuses an unexpected row (an extra secret-looking column, an unknown status)', () => {
    expect(() => mapIntegrationRow({ ...row, status: 'weird' })).toThrow(/unexpected_answer/);
    expect(() => mapIntegrationRow({ ...row, config: 'x' })).toThrow(/unexpected_answer/);
  });

  it('maps an event row', () => {
    expect(
      mapEventRow({
        id: 7,
        integration_id: row.id,
        integration_name: 'Prod',
        event_type: 'status_changed',
        details: { old_status: 'unverified', new_status: 'connected' },
        created_at: '2025-01-01T10:00:00+00:00',
      }),
    ).toMatchObject({ id: 7, eventType: 'status_changed' });
  });

  it('keeps an event whose details hold something the shared schema refuses, without it', () => {
    const event = mapEventRow({
      id: 8,
      integration_id: row.id,
      integration_name: 'Prod',
      event_type: 'updated',
      details: {
        config_keys: Array.from({ length: 51 }, (_, index) => `key${index}`),
        nested: { deep: true },
        new_name: 'Prod EU',
      },
      created_at: '2025-01-01T10:00:00+00:00',
    });
    expect(event.details).toEqual({ new_name: 'Prod EU' });
  });
});
