import type { ConnectionTestResult } from '../../../shared/connection-test.ts';
import type {
  Integration,
  ParsedCreateIntegrationInput,
  ParsedRotateCredentialsInput,
  UpdateIntegrationInput,
} from '../../../shared/integration.ts';
import type { IpcResponse } from '../../../shared/ipc/contract.ts';
import type { ConnectionService, TestOutcome } from '../connection/connection-service.ts';
import type { Logger } from '../logging/logger.ts';
import type { OfflineController } from '../offline/offline-controller.ts';
import type { VaultClient } from '../vault/vault-client.ts';

type IntegrationList = IpcResponse<'integrations:list'>;

export interface IntegrationsServiceOptions {
  vault: Pick<VaultClient, 'get' | 'update' | 'setEnabled' | 'delete'>;
  connections: Pick<
    ConnectionService,
    'createAndVerify' | 'rotate' | 'test' | 'testAll' | 'cancel' | 'stopTestAll'
  >;
  /** Lists (server, or the sealed cache offline) and pushes `integrations:changed` itself. */
  offline: Pick<OfflineController, 'listIntegrations'>;
  log?: Pick<Logger, 'warn'>;
}

/**
 * The integration workflow, one method per user action. Input arrives parsed by the IPC edge
 * (the contract's schemas); the vault client and the runner parse what they send on. After every
 * write the list is reloaded once, which updates the offline cache and pushes one
 * `integrations:changed` to every window: the renderer follows that event and invalidates nothing
 * itself. Electron-free, like the rest of `app/`.
 */
export class IntegrationsService {
  readonly #vault: IntegrationsServiceOptions['vault'];
  readonly #connections: IntegrationsServiceOptions['connections'];
  readonly #offline: IntegrationsServiceOptions['offline'];
  readonly #log: Pick<Logger, 'warn'>;

  constructor(options: IntegrationsServiceOptions) {
    this.#vault = options.vault;
    this.#connections = options.connections;
    this.#offline = options.offline;
    this.#log = options.log ?? { warn: () => undefined };
  }

  list(): Promise<IntegrationList> {
    return this.#offline.listIntegrations();
  }

  get(id: string): Promise<Integration> {
    return this.#vault.get(id);
  }

  /** "Save" and "Save and verify". */
  create(
    input: ParsedCreateIntegrationInput,
  ): Promise<{ integration: Integration; test: ConnectionTestResult | null }> {
    return this.#changing(this.#connections.createAndVerify(input));
  }

  update(input: UpdateIntegrationInput): Promise<Integration> {
    return this.#changing(this.#vault.update(input));
  }

  rotate(
    input: ParsedRotateCredentialsInput,
  ): Promise<{ integration: Integration; test: ConnectionTestResult; saved: boolean }> {
    return this.#changing(this.#connections.rotate(input));
  }

  setEnabled(id: string, enabled: boolean): Promise<Integration> {
    return this.#changing(this.#vault.setEnabled(id, enabled));
  }

  async delete(id: string): Promise<{ id: string }> {
    await this.#changing(this.#vault.delete(id));
    return { id };
  }

  test(id: string): Promise<ConnectionTestResult> {
    return this.#changing(this.#connections.test(id));
  }

  testAll(): Promise<TestOutcome[]> {
    return this.#changing(this.#connections.testAll());
  }

  cancelTest(id: string): { cancelled: boolean } {
    return { cancelled: this.#connections.cancel(id) };
  }

  /** Stop for "test all"; the run's own answer (and its list reload) follows as usual. */
  stopTestAll(): { stopped: boolean } {
    return { stopped: this.#connections.stopTestAll() };
  }

  /** Waits for a write, then reloads the list once (in the background: the answer is not held). */
  async #changing<T>(write: Promise<T>): Promise<T> {
    const value = await write;
    this.#offline.listIntegrations().catch((error: unknown) => {
      this.#log.warn('Could not reload the list after a change', {
        error: error instanceof Error ? error.name : typeof error,
      });
    });
    return value;
  }
}
