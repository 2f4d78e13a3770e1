/**
 * Calls the integration functions the way PostgREST's RPC does (named functions, parameters
 * bound, never interpolated), plus credential fixtures carrying a unique canary.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { PROVIDER_TYPES } from '../../../shared/providers.ts';
import type { ProviderType } from '../../../shared/providers.ts';

/** Every provider type (from the descriptors; the catalog test compares them with the database). */
export type IntegrationType = ProviderType;
export const integrationTypes: IntegrationType[] = [...PROVIDER_TYPES];

export function createIntegration(
  client: pg.ClientBase,
  name: string,
  type: string,
  credentials: string | null,
  config?: unknown,
): Promise<string> {
  const query =
    config === undefined
      ? client.query<{ id: string }>(
          'select public.create_integration_with_vault(p_name => $1, p_type => $2, p_credentials => $3) as id',
          [name, type, credentials],
        )
      : client.query<{ id: string }>(
          'select public.create_integration_with_vault($1, $2, $3, $4::jsonb) as id',
          [name, type, credentials, config === null ? null : JSON.stringify(config)],
        );
  return query.then((result) => result.rows[0]!.id);
}

export async function getCredentials(
  client: pg.ClientBase,
  id: string | null,
  purpose?: string | null,
): Promise<string> {
  // Without a purpose the call names only the id, as the web app does (the default 'use' applies).
  const result =
    purpose === undefined
      ? await client.query<{ secret: string }>(
          'select public.get_integration_credentials(p_integration_id => $1) as secret',
          [id],
        )
      : await client.query<{ secret: string }>(
          'select public.get_integration_credentials($1, $2) as secret',
          [id, purpose],
        );
  return result.rows[0]!.secret;
}

export async function rotateCredentials(
  client: pg.ClientBase,
  id: string | null,
  credentials: string | null,
): Promise<void> {
  await client.query('select public.update_integration_credentials($1, $2)', [id, credentials]);
}

export async function setStatus(
  client: pg.ClientBase,
  id: string | null,
  status: string | null,
  errorMessage?: string | null,
): Promise<void> {
  await client.query('select public.update_integration_status($1, $2, $3)', [
    id,
    status,
    errorMessage ?? null,
  ]);
}

/** restore_integration_status: puts back the status from before `verifying` (a cancelled test). */
export async function restoreStatus(client: pg.ClientBase, id: string | null): Promise<void> {
  await client.query('select public.restore_integration_status($1)', [id]);
}

export async function updateIntegration(
  client: pg.ClientBase,
  id: string | null,
  name: string | null,
  config?: unknown,
): Promise<void> {
  await client.query('select public.update_integration($1, $2, $3::jsonb)', [
    id,
    name,
    config === undefined || config === null ? null : JSON.stringify(config),
  ]);
}

export async function deleteIntegration(client: pg.ClientBase, id: string | null): Promise<void> {
  await client.query('select public.delete_integration_with_vault($1)', [id]);
}

/** A unique marker that must never show up outside Vault's ciphertext. */
export function newCanary(): string {
  return `CANARY${randomBytes(12).toString('hex')}`;
}

function upperAlnum(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** The stored text form of a valid credential of `type` whose secret part contains `canary`. */
export function credentialFor(type: IntegrationType, canary: string): string {
  switch (type) {
    case 'openai':
      return `sk-proj-${canary}${randomBytes(8).toString('hex')}`;
    case 'anthropic':
      return `sk-ant-api03-${canary}${randomBytes(8).toString('hex')}`;
    case 'gemini':
      // 39 characters: AIza + the 30-character canary + 5.
      return `AIza${canary}${randomBytes(3).toString('hex').slice(0, 5)}`;
    case 'azure_openai':
      // An older resource key's shape is 32 hexadecimal characters; the new one's 84 alphanumerics.
      return `${canary}${randomBytes(12).toString('hex')}`;
    case 'mistral':
      // 32 letters and digits: the 30-character canary + 2.
      return `${canary}${randomBytes(1).toString('hex')}`;
    case 'openai_compatible':
      return `gsk_${canary}${randomBytes(8).toString('hex')}`;
    case 'aws':
      return JSON.stringify({
        accessKeyId: `AKIA${upperAlnum(16)}`,
        secretAccessKey: `${canary}/${randomBytes(6).toString('base64')}`,
      });
    case 'azure':
      return JSON.stringify({
        tenantId: randomUUID(),
        clientId: randomUUID(),
        clientSecret: `${canary}~secret`,
      });
    case 'google_cloud':
      return JSON.stringify({
        type: 'service_account',
        project_id: 'aterges-test',
        private_key_id: randomBytes(20).toString('hex'),
        private_key: `-----BEGIN PRIVATE KEY-----\n${canary}${randomBytes(24).toString('base64')}\n-----END PRIVATE KEY-----\n`,
        client_email: 'tester@aterges-test.iam.gserviceaccount.com',
        client_id: '1234567890',
        token_uri: 'https://oauth2.googleapis.com/token',
      });
  }
}
