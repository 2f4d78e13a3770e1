import type { Integration } from '../../../shared/integration.ts';

/**
 * True for a key an older Aterges stored in plain text (moved into Supabase Vault by the upgrade
 * migration) that has not been rotated since. The migration cannot erase the plaintext copies in
 * database backups and WAL taken before the upgrade, so only a new key at the provider (and
 * revoking the old one) makes those copies worthless. Every rotation bumps `credentialsVersion`,
 * so version 1 means "never rotated since the upgrade".
 */
export function needsPlaintextRotation(integration: Integration): boolean {
  return integration.credentialsMigrated && integration.credentialsVersion === 1;
}
