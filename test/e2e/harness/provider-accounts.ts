import type { ProviderType } from '../../../shared/providers.ts';
import type { Account, StandIns } from '../../providers/support/stand-in-suite.ts';
import type { KeyOnlyType } from '../../providers/support/stand-in-suite.ts';
import {
  KEY_ONLY_CANARIES,
  registerAws,
  registerAzure,
  registerAzureOpenAi,
  registerGoogle,
  registerKeyOnly,
  registerOpenAi,
  registerOpenAiCompatible,
} from '../../providers/support/stand-in-suite.ts';
import {
  canaryAwsCredentials,
  canaryAzureCredentials,
  canaryAzureOpenAiCredentials,
  canaryGoogleAccount,
  canaryOpenAiCompatibleCredentials,
  canaryOpenAiCredentials,
} from '../../support/provider-stand-ins/canary-credentials.ts';
import type { Canaries } from './canaries.ts';

/** What the user types into the add or rotate dialog for each provider. */
export type ProviderForm =
  | { type: 'openai'; apiKey: string; baseUrl: string }
  | { type: 'aws'; accessKeyId: string; secretAccessKey: string; region: string }
  | { type: 'azure'; tenantId: string; clientId: string; clientSecret: string }
  | { type: 'google_cloud'; json: string; clientEmail: string }
  // A custom gateway (the presets' hosts are fixed, so the end-to-end app reaches only this one).
  | { type: 'openai_compatible'; apiKey: string; baseUrl: string }
  | { type: 'azure_openai'; apiKey: string; endpoint: string; apiVersion: string }
  // One API key, nothing to set.
  | { type: KeyOnlyType; apiKey: string };

export interface ProviderAccount<T extends ProviderType = ProviderType> {
  form: Extract<ProviderForm, { type: T }>;
  /** Makes the provider refuse these credentials from now on (a revoked key). */
  revoke(): void;
}

/**
 * Canary credentials for the add and rotate dialogs: `working` ones are registered with their
 * stand-in (which checks the secret itself), `wrong` ones carry a secret the stand-in does not
 * know. Every secret is registered as a canary before it is typed anywhere.
 */
export class ProviderAccounts {
  readonly #standIns: StandIns;
  readonly #canaries: Canaries;

  constructor(standIns: StandIns, canaries: Canaries) {
    this.#standIns = standIns;
    this.#canaries = canaries;
  }

  working<T extends ProviderType>(type: T): ProviderAccount<T> {
    const account = this.#register(type);
    this.#canaries.addAll(`working ${type} credentials`, account.secrets);
    return {
      form: formOf(account) as ProviderAccount<T>['form'],
      revoke: () => this.#revoke(account),
    };
  }

  /** An OpenAI key whose provider never answers (the test runs until cancelled or timed out). */
  hanging(): ProviderAccount<'openai'> {
    const account = registerOpenAi(this.#standIns, {
      organization: 'org-AtergesE2E0001',
      behaviour: 'hang',
    });
    this.#canaries.addAll('hanging openai credentials', account.secrets);
    return { form: formOf(account) as ProviderAccount<'openai'>['form'], revoke: () => undefined };
  }

  /** Well-formed credentials the provider rejects (an unknown key, or the right ID with a wrong secret). */
  wrong<T extends ProviderType>(type: T): ProviderAccount<T> {
    const account = this.#register(type);
    const wrong = withWrongSecret(account);
    this.#canaries.addAll(`wrong ${type} credentials`, [...account.secrets, ...wrong.secrets]);
    return { form: formOf(wrong) as ProviderAccount<T>['form'], revoke: () => undefined };
  }

  #register(type: ProviderType): Account {
    switch (type) {
      case 'openai':
        return registerOpenAi(this.#standIns, { organization: 'org-AtergesE2E0001' });
      case 'aws':
        return registerAws(this.#standIns);
      case 'azure':
        return registerAzure(this.#standIns);
      case 'google_cloud':
        return registerGoogle(this.#standIns);
      case 'openai_compatible':
        return registerOpenAiCompatible(this.#standIns, 'custom');
      case 'anthropic':
      case 'gemini':
      case 'mistral':
        return registerKeyOnly(this.#standIns, type);
      case 'azure_openai':
        return registerAzureOpenAi(this.#standIns);
    }
  }

  #revoke(account: Account): void {
    if (account.type !== 'google_cloud') {
      throw new Error(`Revoking is only played for Google service accounts, not ${account.type}`);
    }
    const { credentials } = account as Account<'google_cloud'>;
    this.#standIns.google.removeServiceAccount(credentials.client_email);
  }
}

function withWrongSecret(account: Account): Account {
  switch (account.type) {
    case 'openai': {
      const credentials = canaryOpenAiCredentials();
      return { ...account, credentials, secrets: [credentials.apiKey] };
    }
    case 'anthropic':
    case 'gemini':
    case 'mistral': {
      const credentials = KEY_ONLY_CANARIES[account.type]();
      return { ...account, credentials, secrets: [credentials.apiKey] };
    }
    case 'azure_openai': {
      const credentials = canaryAzureOpenAiCredentials();
      return { ...account, credentials, secrets: [credentials.apiKey] };
    }
    case 'openai_compatible': {
      const credentials = canaryOpenAiCompatibleCredentials();
      return { ...account, credentials, secrets: [credentials.apiKey] };
    }
    case 'aws': {
      const { secretAccessKey } = canaryAwsCredentials();
      const credentials = { ...(account as Account<'aws'>).credentials, secretAccessKey };
      return { ...account, credentials, secrets: [secretAccessKey] };
    }
    case 'azure': {
      const { clientSecret } = canaryAzureCredentials();
      const credentials = { ...(account as Account<'azure'>).credentials, clientSecret };
      return { ...account, credentials, secrets: [clientSecret] };
    }
    case 'google_cloud': {
      // A key pair the stand-in never saw: the token endpoint cannot verify the assertion.
      const { credentials } = canaryGoogleAccount();
      return { ...account, credentials, secrets: [credentials.private_key] };
    }
  }
}

function formOf(account: Account): ProviderForm {
  switch (account.type) {
    case 'openai': {
      const { credentials, config } = account as Account<'openai'>;
      return { type: 'openai', apiKey: credentials.apiKey, baseUrl: config.baseUrl ?? '' };
    }
    case 'anthropic':
    case 'gemini':
    case 'mistral': {
      const { credentials } = account as Account<KeyOnlyType>;
      return { type: account.type, apiKey: credentials.apiKey };
    }
    case 'azure_openai': {
      const { credentials, config } = account as Account<'azure_openai'>;
      return {
        type: 'azure_openai',
        apiKey: credentials.apiKey,
        endpoint: config.endpoint!,
        apiVersion: config.apiVersion!,
      };
    }
    case 'openai_compatible': {
      const { credentials, config } = account as Account<'openai_compatible'>;
      return {
        type: 'openai_compatible',
        apiKey: credentials.apiKey,
        baseUrl: config.baseUrl ?? '',
      };
    }
    case 'aws': {
      const { credentials, config } = account as Account<'aws'>;
      return {
        type: 'aws',
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        region: config.region ?? 'eu-west-1',
      };
    }
    case 'azure': {
      const { credentials } = account as Account<'azure'>;
      return { type: 'azure', ...credentials };
    }
    case 'google_cloud': {
      const { credentials } = account as Account<'google_cloud'>;
      return {
        type: 'google_cloud',
        json: JSON.stringify(credentials, null, 2),
        clientEmail: credentials.client_email,
      };
    }
  }
}
