import { z } from 'zod';
import { connectionTestReasonSchema } from '../../../shared/connection-test.ts';
import type { ConnectionTestReason } from '../../../shared/connection-test.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import { credentialsSchemaByProvider } from '../../../shared/credentials.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ConfigByProvider } from '../../../shared/integration-config.ts';
import { configSchemaByProvider } from '../../../shared/integration-config.ts';
import type {
  Integration,
  ParsedCreateIntegrationInput,
  UpdateIntegrationInput,
} from '../../../shared/integration.ts';
import {
  createIntegrationInputSchema,
  integrationIdSchema,
  updateIntegrationInputSchema,
} from '../../../shared/integration.ts';
import type { IntegrationStatus, ProviderType } from '../../../shared/providers.ts';
import { integrationStatusSchema, providerTypeSchema } from '../../../shared/providers.ts';
import { serializeCredentials } from '../../../shared/stored-credentials.ts';
import type { TestRecord, VaultPort } from '../connection/vault-port.ts';
import { testRecordSchema } from '../connection/vault-port.ts';
import type { Logger } from '../logging/logger.ts';
import type { MainSupabaseClient } from '../session/supabase-client.ts';
import { parseInput } from '../input/parse-input.ts';
import { INTEGRATION_COLUMNS, mapIntegrationRow } from './row-mapping.ts';
import type { PostgrestAnswer as Answer } from './vault-errors.ts';
import { VaultCall, type VaultCallOptions } from './vault-call.ts';
import {
  fallbackErrorMessage,
  notFound,
  refuseBoundSettingChange,
  unexpected,
} from './vault-rules.ts';

const errorCodeInput = connectionTestReasonSchema.nullable().optional();

export interface VaultClientOptions extends VaultCallOptions {
  /** This computer's name, in the activity entry of each connection test it runs. */
  device?: string;
}

/**
 * Integrations and their credentials, through the database functions (writes, credential reads)
 * and RLS-protected table reads (metadata). Inputs are parsed with the shared zod schemas; every
 * failure is an `AppError`; credentials exist here only while a call that needs them runs.
 */
export class VaultClient implements VaultPort {
  readonly #call: VaultCall;
  readonly #client: MainSupabaseClient;
  readonly #logger: Logger;
  readonly #device: string | null;

  constructor(options: VaultClientOptions) {
    this.#logger = options.logger.child('vault');
    this.#call = new VaultCall(options, this.#logger);
    this.#client = options.client;
    this.#device = options.device ?? null;
  }

  async list(): Promise<Integration[]> {
    await this.#ready();
    const rows = await this.#run(
      this.#client
        .from('integrations')
        .select(INTEGRATION_COLUMNS)
        .order('created_at', { ascending: false }),
    );
    return (rows ?? []).map(mapIntegrationRow);
  }

  async get(id: string): Promise<Integration> {
    const integrationId = await parseInput(integrationIdSchema, id, { fieldPrefix: 'id' });
    await this.#ready();
    const row = await this.#run(
      this.#client
        .from('integrations')
        .select(INTEGRATION_COLUMNS)
        .eq('id', integrationId)
        .maybeSingle(),
    );
    if (row === null) throw notFound();
    return mapIntegrationRow(row);
  }

  async create(input: ParsedCreateIntegrationInput): Promise<Integration> {
    const parsed = await parseInput(createIntegrationInputSchema, input);
    await this.#ready();
    const credentials = parsed.credentials;
    const id = await this.#logger.redactor.while(credentials, () =>
      this.#run(
        this.#client.rpc('create_integration_with_vault', {
          p_name: parsed.name,
          p_type: parsed.type,
          p_credentials: serializeCredentials(parsed.type, credentials),
          p_config: parsed.config,
        }),
        [credentials],
      ),
    );
    if (typeof id !== 'string') throw unexpected('create_integration_with_vault');
    this.#logger.info('Created an integration', { id, type: parsed.type });
    return this.get(id);
  }

  async update(input: UpdateIntegrationInput): Promise<Integration> {
    const parsed = await parseInput(updateIntegrationInputSchema, input);
    if (parsed.name === undefined && parsed.config === undefined) {
      throw new AppError('invalid_input', 'nothing_to_change');
    }
    let config: ConfigByProvider[ProviderType] | null = null;
    if (parsed.config !== undefined) {
      const current = await this.get(parsed.id);
      config = await parseInput(configSchemaByProvider[current.type], parsed.config, {
        fieldPrefix: 'config',
      });
      refuseBoundSettingChange(current, config);
    }
    await this.#writeNameAndConfig(parsed.id, parsed.name ?? null, config);
    return this.get(parsed.id);
  }

  async #writeNameAndConfig(
    id: string,
    name: string | null,
    config: ConfigByProvider[ProviderType] | null,
  ): Promise<void> {
    await this.#ready();
    await this.#run(
      this.#client.rpc('update_integration', {
        p_integration_id: id,
        // Both default to NULL, which keeps the current value: only what changes is sent.
        ...(name === null ? {} : { p_name: name }),
        ...(config === null ? {} : { p_config: config }),
      }),
    );
  }

  /**
   * Replaces the credentials and, when `config` is given, the settings bound to them (the only
   * way to change those: see BOUND_CONFIG_KEYS), in one call and one transaction.
   */
  async rotateCredentials(
    id: string,
    type: ProviderType,
    credentials: CredentialsByProvider[ProviderType],
    config?: Record<string, unknown>,
  ): Promise<Integration> {
    const integrationId = await parseInput(integrationIdSchema, id, { fieldPrefix: 'id' });
    const providerType = await parseInput(providerTypeSchema, type, { fieldPrefix: 'type' });
    const parsedCredentials = await parseInput(
      credentialsSchemaByProvider[providerType],
      credentials,
      {
        fieldPrefix: 'credentials',
      },
    );
    const current = await this.get(integrationId);
    if (current.type !== providerType) {
      throw new AppError('invalid_input', 'wrong_provider', { field: 'type' });
    }
    const parsedConfig =
      config === undefined
        ? undefined
        : await parseInput(configSchemaByProvider[providerType], config, {
            fieldPrefix: 'config',
          });
    await this.#logger.redactor.while(parsedCredentials, () =>
      this.#run(
        this.#client.rpc('update_integration_credentials', {
          p_integration_id: integrationId,
          p_credentials: serializeCredentials(providerType, parsedCredentials),
          ...(parsedConfig === undefined ? {} : { p_config: parsedConfig }),
        }),
        [parsedCredentials],
      ),
    );
    this.#logger.info('Rotated credentials', {
      id: integrationId,
      withConfig: config !== undefined,
    });
    return this.get(integrationId);
  }

  async setStatus(
    id: string,
    status: IntegrationStatus,
    errorCode?: ConnectionTestReason | null,
  ): Promise<void> {
    const integrationId = await parseInput(integrationIdSchema, id, { fieldPrefix: 'id' });
    const parsedStatus = await parseInput(integrationStatusSchema, status, {
      fieldPrefix: 'status',
    });
    const code = await parseInput(errorCodeInput, errorCode, { fieldPrefix: 'errorCode' });
    await this.#ready();
    await this.#run(
      this.#client.rpc('update_integration_status', {
        p_integration_id: integrationId,
        p_status: parsedStatus,
        // The code is what the app shows; the message, for clients without a catalog, is built from
        // it alone (no provider text). Without a code both are left out: their default clears them.
        ...(code ? { p_error_code: code, p_error_message: fallbackErrorMessage(code) } : {}),
      }),
    );
  }

  async restoreStatus(id: string): Promise<void> {
    const integrationId = await parseInput(integrationIdSchema, id, { fieldPrefix: 'id' });
    await this.#ready();
    await this.#run(
      this.#client.rpc('restore_integration_status', { p_integration_id: integrationId }),
    );
  }

  /** Disabling sets `disabled`; enabling a disabled integration makes it `unverified` again. */
  async setEnabled(id: string, enabled: boolean): Promise<Integration> {
    const flag = await parseInput(z.boolean(), enabled, { fieldPrefix: 'enabled' });
    const current = await this.get(id);
    const disabled = current.status === 'disabled';
    if (flag === !disabled) return current;
    await this.setStatus(current.id, flag ? 'unverified' : 'disabled');
    return this.get(current.id);
  }

  async delete(id: string): Promise<void> {
    const integrationId = await parseInput(integrationIdSchema, id, { fieldPrefix: 'id' });
    await this.#ready();
    await this.#run(
      this.#client.rpc('delete_integration_with_vault', { p_integration_id: integrationId }),
    );
    this.#logger.info('Deleted an integration', { id: integrationId });
  }

  /** The one activity entry of a connection test (record_connection_test), with this device's name. */
  async recordTest(id: string, test: TestRecord): Promise<void> {
    const parsed = await parseInput(testRecordSchema, test);
    await this.#ready();
    await this.#run(
      this.#client.rpc('record_connection_test', {
        p_integration_id: id,
        p_outcome: parsed.outcome,
        p_latency_ms: parsed.latencyMs,
        ...(parsed.errorCode ? { p_error_code: parsed.errorCode } : {}),
        ...(this.#device ? { p_device: this.#device } : {}),
      }),
    );
  }

  /** Reads the credentials, hands the text to `use` (log-redacted meanwhile), keeps no copy. */
  async useCredentials<T>(
    id: string,
    use: (integration: Integration, credentials: unknown) => Promise<T>,
  ): Promise<T> {
    const integration = await this.get(id);
    // Only connection tests read here: 'test' leaves last_used_at to real use (issue #14 §3).
    const args = { p_integration_id: integration.id, p_purpose: 'test' };
    const text = await this.#run(this.#client.rpc('get_integration_credentials', args));
    if (typeof text !== 'string') throw unexpected('get_integration_credentials');
    return this.#logger.redactor.while(text, () => use(integration, text));
  }

  #ready(): Promise<void> {
    return this.#call.ready();
  }

  #run<T>(request: PromiseLike<Answer<T>>, secrets: readonly unknown[] = []): Promise<T | null> {
    return this.#call.run(request, secrets);
  }
}
