import { z } from 'zod';
import { CONNECTION_TEST_OUTCOMES } from '../../../shared/activity.ts';
import type { ConnectionTestReason } from '../../../shared/connection-test.ts';
import { connectionTestReasonSchema } from '../../../shared/connection-test.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import type { Integration, ParsedCreateIntegrationInput } from '../../../shared/integration.ts';
import type { IntegrationStatus, ProviderType } from '../../../shared/providers.ts';

/** What the activity keeps of one connection test (issue #14 §5): never provider text. */
export const testRecordSchema = z.strictObject({
  outcome: z.enum(CONNECTION_TEST_OUTCOMES),
  latencyMs: z.int().min(0).max(3_600_000),
  errorCode: connectionTestReasonSchema.nullable(),
});
export type TestRecord = z.infer<typeof testRecordSchema>;

/**
 * What the connectivity flows need from the vault. `electron/main/vault/vault-client.ts`
 * implements it against Supabase; tests pass an in-memory one. Failures are `AppError`s.
 */
export interface VaultPort {
  /** Metadata only. */
  get(id: string): Promise<Integration>;
  list(): Promise<Integration[]>;
  create(input: ParsedCreateIntegrationInput): Promise<Integration>;
  /** New credentials, and with them (optionally) new settings, e.g. another endpoint. */
  rotateCredentials(
    id: string,
    type: ProviderType,
    credentials: CredentialsByProvider[ProviderType],
    config?: Record<string, unknown>,
  ): Promise<Integration>;
  /**
   * Writes the status, with the reason code of a failed test; the database function also sets
   * `last_verified_at`.
   */
  setStatus(
    id: string,
    status: IntegrationStatus,
    errorCode?: ConnectionTestReason | null,
  ): Promise<void>;
  /**
   * After a test that ended without a result (cancelled, or the credentials could not be read):
   * puts back the status and error code from before `verifying`, leaving `last_verified_at`
   * alone (restore_integration_status). Does nothing unless the status is still `verifying`.
   */
  restoreStatus(id: string): Promise<void>;
  /** Writes the test's one activity entry (record_connection_test), once it has ended. */
  recordTest(id: string, test: TestRecord): Promise<void>;
  /**
   * Reads the decrypted credentials (get_integration_credentials), passes them to `use`, drops
   * them. `credentials` is the stored text (see `shared/stored-credentials.ts`); the caller parses it.
   */
  useCredentials<T>(
    id: string,
    use: (integration: Integration, credentials: unknown) => Promise<T>,
  ): Promise<T>;
}
