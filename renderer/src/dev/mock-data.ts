import type { Integration } from '../../../shared/integration.ts';

/* Sample metadata for the dev-only mock bridge: no credentials, just what main would return. */

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function integration(partial: Partial<Integration> & Pick<Integration, 'id' | 'name' | 'type'>) {
  return {
    status: 'unverified',
    errorMessage: null,
    errorCode: null,
    config: {},
    credentialHint: null,
    credentialsVersion: 1,
    credentialsMigrated: false,
    lastUsedAt: null,
    lastVerifiedAt: null,
    lastTestPassedAt: null,
    createdAt: ago(60 * 24 * 40),
    updatedAt: ago(60 * 24 * 2),
    ...partial,
  } satisfies Integration;
}

export function sampleIntegrations(): Integration[] {
  return [
    integration({
      id: '0b6f1a52-4a6b-4c1e-9a43-2d6f3c1b7e10',
      name: 'Production OpenAI',
      type: 'openai',
      status: 'connected',
      credentialHint: 'sk-proj-…Q7xa',
      config: { organization: 'org-AterGes2024' },
      lastVerifiedAt: ago(12),
      lastTestPassedAt: ago(12),
      lastUsedAt: ago(3),
    }),
    integration({
      id: '1c7e2b63-5b7c-4d2f-8b54-3e7f4d2c8f21',
      name: 'Analytics service account',
      type: 'google_cloud',
      status: 'error',
      errorMessage: 'The connection test failed (service_account_disabled).',
      errorCode: 'service_account_disabled',
      credentialHint: 'bq-reader@analytics-prod.iam.gserviceaccount.com',
      lastVerifiedAt: ago(60 * 26),
      lastTestPassedAt: ago(60 * 26),
      lastUsedAt: ago(60 * 30),
    }),
    integration({
      id: '2d8f3c74-6c8d-4e3a-9c65-4f8a5e3d9a32',
      name: 'AWS billing reader',
      type: 'aws',
      status: 'unverified',
      credentialHint: 'AKIA…7QHZ',
      config: { region: 'eu-west-3' },
      // Stored in plain text by an older version, never rotated since: shows the rotate notice.
      credentialsMigrated: true,
    }),
    integration({
      id: '3e9a4d85-7d9e-4f4b-8d76-5a9b6f4eab43',
      name: 'Azure staging',
      type: 'azure',
      status: 'disabled',
      credentialHint: 'tenant contoso.onmicrosoft.com · app 4f1c…9b2e',
      config: { authorityHost: 'https://login.microsoftonline.com' },
      credentialsVersion: 3,
      lastVerifiedAt: ago(60 * 24 * 9),
      lastTestPassedAt: ago(60 * 24 * 9),
      lastUsedAt: ago(60 * 24 * 12),
    }),
  ];
}
