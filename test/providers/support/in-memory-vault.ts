import { randomUUID } from 'node:crypto';
import type { ConnectionTestReason } from '../../../shared/connection-test.ts';
import { AppError } from '../../../shared/errors.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import type { Integration, ParsedCreateIntegrationInput } from '../../../shared/integration.ts';
import { INTEGRATION_STATUSES } from '../../../shared/providers.ts';
import type { IntegrationStatus, ProviderType } from '../../../shared/providers.ts';
import { serializeCredentials } from '../../../shared/stored-credentials.ts';
import type { TestRecord, VaultPort } from '../../../electron/main/connection/vault-port.ts';

/*
 * A VaultPort in memory, for fast flow tests. It keeps credentials in their stored text form (as
 * the real vault does) and records every status write and an audit trail shaped like the
 * database's, so tests can check both for leaks.
 */

export interface StatusWrite {
  id: string;
  status: IntegrationStatus;
  errorCode: ConnectionTestReason | null;
  at: number;
  /** `set` for setStatus; `restore` for restoreStatus (which leaves lastVerifiedAt alone). */
  kind: 'set' | 'restore';
}

export interface AuditEvent {
  integrationId: string;
  eventType:
    'created' | 'credentials_updated' | 'credentials_read' | 'status_changed' | 'connection_test';
  details: Record<string, unknown>;
}

export class InMemoryVault implements VaultPort {
  readonly statusWrites: StatusWrite[] = [];
  readonly events: AuditEvent[] = [];
  /** Delay added to every credential read (to play a slow vault). */
  readDelayMs = 0;
  readonly #rows = new Map<string, { integration: Integration; stored: string }>();

  /** Seeds a row directly, e.g. with malformed stored text. */
  seed(type: ProviderType, stored: string, overrides: Partial<Integration> = {}): Integration {
    const now = new Date().toISOString();
    const integration: Integration = {
      id: randomUUID(),
      name: `Test ${type} ${this.#rows.size + 1}`,
      type,
      status: 'unverified',
      errorMessage: null,
      errorCode: null,
      config: {},
      credentialHint: null,
      credentialsVersion: 1,
      credentialsMigrated: true,
      lastUsedAt: null,
      lastVerifiedAt: null,
      lastTestPassedAt: null,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    };
    this.#rows.set(integration.id, { integration, stored });
    return { ...integration };
  }

  storedText(id: string): string {
    return this.#row(id).stored;
  }

  get(id: string): Promise<Integration> {
    return Promise.resolve({ ...this.#row(id).integration });
  }

  list(): Promise<Integration[]> {
    return Promise.resolve([...this.#rows.values()].map((row) => ({ ...row.integration })));
  }

  create(input: ParsedCreateIntegrationInput): Promise<Integration> {
    const integration = this.seed(input.type, serializeCredentials(input.type, input.credentials), {
      name: input.name,
      config: input.config,
    });
    this.events.push({ integrationId: integration.id, eventType: 'created', details: {} });
    return Promise.resolve(integration);
  }

  rotateCredentials(
    id: string,
    type: ProviderType,
    credentials: CredentialsByProvider[ProviderType],
    config?: Record<string, unknown>,
  ): Promise<Integration> {
    const row = this.#row(id);
    row.stored = serializeCredentials(type, credentials as never);
    row.integration.credentialsVersion += 1;
    if (config !== undefined) row.integration.config = config as Integration['config'];
    this.events.push({ integrationId: id, eventType: 'credentials_updated', details: {} });
    return this.get(id);
  }

  setStatus(
    id: string,
    status: IntegrationStatus,
    errorCode?: ConnectionTestReason | null,
  ): Promise<void> {
    const row = this.#row(id);
    const oldStatus = row.integration.status;
    const code = status === 'error' ? (errorCode ?? null) : null;
    row.integration.status = status;
    row.integration.errorCode = code;
    row.integration.errorMessage = code && `The connection test failed (${code}).`;
    if (status === 'connected' || status === 'error') {
      row.integration.lastVerifiedAt = new Date().toISOString();
      if (status === 'connected') row.integration.lastTestPassedAt = row.integration.lastVerifiedAt;
    }
    this.statusWrites.push({
      id,
      status,
      errorCode: code,
      at: Date.now(),
      kind: 'set',
    });
    this.events.push({
      integrationId: id,
      eventType: 'status_changed',
      details: {
        old_status: oldStatus,
        new_status: status,
        error_message: row.integration.errorMessage,
        error_code: code,
      },
    });
    return Promise.resolve();
  }

  /**
   * As restore_integration_status: only while `verifying`, puts back the status, message and code from
   * before it, found in the audit trail the same way (the latest entry into `verifying` from
   * another status; the message of the status write before it), else `unverified`. Leaves
   * lastVerifiedAt alone.
   */
  /** As record_connection_test: the test's one entry, with no device (none is set here). */
  recordTest(id: string, test: TestRecord): Promise<void> {
    this.#row(id);
    this.events.push({
      integrationId: id,
      eventType: 'connection_test',
      details: {
        outcome: test.outcome,
        latency_ms: test.latencyMs,
        ...(test.outcome === 'failed' && test.errorCode ? { error_code: test.errorCode } : {}),
      },
    });
    return Promise.resolve();
  }

  restoreStatus(id: string): Promise<void> {
    const row = this.#row(id);
    if (row.integration.status !== 'verifying') return Promise.resolve();
    const trail = this.events.filter((e) => e.integrationId === id);
    const entry = trail.findLastIndex(
      (e) =>
        e.eventType === 'status_changed' &&
        e.details.new_status === 'verifying' &&
        e.details.old_status !== 'verifying',
    );
    const before = trail[entry]?.details.old_status;
    const status: IntegrationStatus =
      typeof before === 'string' && isRestorable(before) ? before : 'unverified';
    const previousWrite = trail
      .slice(0, Math.max(entry, 0))
      .findLast((e) => STATUS_WRITING_EVENTS.has(e.eventType));
    const restoreError = status === 'error' && previousWrite?.details.new_status === 'error';
    const message =
      restoreError && typeof previousWrite.details.error_message === 'string'
        ? previousWrite.details.error_message
        : null;
    const code =
      restoreError && typeof previousWrite.details.error_code === 'string'
        ? (previousWrite.details.error_code as ConnectionTestReason)
        : null;
    row.integration.status = status;
    row.integration.errorMessage = message;
    row.integration.errorCode = code;
    row.integration.updatedAt = new Date().toISOString();
    this.statusWrites.push({ id, status, errorCode: code, at: Date.now(), kind: 'restore' });
    this.events.push({
      integrationId: id,
      eventType: 'status_changed',
      details: {
        old_status: 'verifying',
        new_status: status,
        error_message: message,
        error_code: code,
        reason: 'test_cancelled',
      },
    });
    return Promise.resolve();
  }

  async useCredentials<T>(
    id: string,
    use: (integration: Integration, credentials: unknown) => Promise<T>,
  ): Promise<T> {
    const row = this.#row(id);
    if (this.readDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.readDelayMs));
    this.events.push({ integrationId: id, eventType: 'credentials_read', details: {} });
    return use({ ...row.integration }, row.stored);
  }

  #row(id: string): { integration: Integration; stored: string } {
    const row = this.#rows.get(id);
    if (!row) throw new AppError('not_found', 'integration_not_found');
    return row;
  }
}

const STATUS_WRITING_EVENTS = new Set<AuditEvent['eventType']>([
  'created',
  'credentials_updated',
  'status_changed',
]);

function isRestorable(status: string): status is Exclude<IntegrationStatus, 'verifying'> {
  return (INTEGRATION_STATUSES as readonly string[]).includes(status) && status !== 'verifying';
}
