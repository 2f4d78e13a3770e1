import { AZURE_AUTHORITY_HOSTS } from '../../../shared/integration-config.ts';
import { ConnectionTestRunner } from '../../../electron/main/connection/connection-test-runner.ts';
import type { ProviderEndpoints } from '../../../electron/main/connection/tester-types.ts';
import { AwsStsStandIn } from '../../support/provider-stand-ins/aws-sts-stand-in.ts';
import { AzureStandIn } from '../../support/provider-stand-ins/azure-stand-in.ts';
import { AzureOpenAiStandIn } from '../../support/provider-stand-ins/azure-openai-stand-in.ts';
import type { AzureOpenAiKeyAccount } from '../../support/provider-stand-ins/azure-openai-stand-in.ts';
import {
  canaryAwsCredentials,
  canaryAzureCredentials,
  canaryAzureOpenAiCredentials,
  canaryGoogleAccount,
  canaryAnthropicCredentials,
  canaryGeminiCredentials,
  canaryMistralCredentials,
  canaryOpenAiCompatibleCredentials,
  canaryOpenAiCredentials,
} from '../../support/provider-stand-ins/canary-credentials.ts';
import { GoogleStandIn } from '../../support/provider-stand-ins/google-stand-in.ts';
import { OpenAiStandIn } from '../../support/provider-stand-ins/openai-stand-in.ts';
import { AnthropicStandIn } from '../../support/provider-stand-ins/anthropic-stand-in.ts';
import type { AnthropicKeyAccount } from '../../support/provider-stand-ins/anthropic-stand-in.ts';
import { GeminiStandIn } from '../../support/provider-stand-ins/gemini-stand-in.ts';
import type { GeminiKeyAccount } from '../../support/provider-stand-ins/gemini-stand-in.ts';
import { MistralStandIn } from '../../support/provider-stand-ins/mistral-stand-in.ts';
import type { MistralKeyAccount } from '../../support/provider-stand-ins/mistral-stand-in.ts';
import { OpenAiCompatibleStandIn } from '../../support/provider-stand-ins/openai-compatible-stand-in.ts';
import type {
  CompatibleFlavor,
  CompatibleKeyAccount,
} from '../../support/provider-stand-ins/openai-compatible-stand-in.ts';
import { OPENAI_COMPATIBLE_CHOICES } from '../../../shared/providers/openai-compatible.ts';
import { createTestCertificate } from '../../support/provider-stand-ins/test-certificate.ts';
import { fetchTrusting } from '../../support/provider-stand-ins/test-fetch.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import type { ProviderType } from '../../../shared/providers.ts';

/** All four stand-ins, and the seam that points the testers at them. */
export interface StandIns {
  openai: OpenAiStandIn;
  aws: AwsStsStandIn;
  azure: AzureStandIn;
  google: GoogleStandIn;
  anthropic: AnthropicStandIn;
  gemini: GeminiStandIn;
  mistral: MistralStandIn;
  azureOpenAi: AzureOpenAiStandIn;
  /** One OpenAI-compatible service per preset, and a custom gateway. */
  compatible: Record<CompatibleFlavor, OpenAiCompatibleStandIn>;
  endpoints: ProviderEndpoints;
  /**
   * The fetch the testers get, as the app injects net.fetch: undici's, trusting the Azure
   * stand-in's test CA (the app trusts the system's certificates instead).
   */
  fetch: typeof fetch;
  runner(options?: { deadlineMs?: number; fetch?: typeof fetch }): ConnectionTestRunner;
  close(): Promise<void>;
}

export async function startStandIns(options: { latencyMs?: number } = {}): Promise<StandIns> {
  const serverOptions = options.latencyMs ? { latencyMs: options.latencyMs } : {};
  const certificate = await createTestCertificate();
  const [openai, aws, azure, google] = await Promise.all([
    OpenAiStandIn.start(serverOptions),
    AwsStsStandIn.start(serverOptions),
    AzureStandIn.start(certificate, serverOptions),
    GoogleStandIn.start(serverOptions),
  ]);
  const [anthropic, gemini, mistral, azureOpenAi] = await Promise.all([
    AnthropicStandIn.start(serverOptions),
    GeminiStandIn.start(serverOptions),
    MistralStandIn.start(serverOptions),
    AzureOpenAiStandIn.start(serverOptions),
  ]);
  const compatibleList = await Promise.all(
    OPENAI_COMPATIBLE_CHOICES.map((flavor) => OpenAiCompatibleStandIn.start(flavor, serverOptions)),
  );
  const compatible = Object.fromEntries(
    compatibleList.map((standIn) => [standIn.flavor, standIn]),
  ) as Record<CompatibleFlavor, OpenAiCompatibleStandIn>;
  const endpoints: ProviderEndpoints = {
    anthropicBaseUrl: anthropic.baseUrl,
    geminiBaseUrl: gemini.baseUrl,
    mistralBaseUrl: mistral.baseUrl,
    // The app accepts only Azure's hosts as endpoints; the seam points them at the stand-in.
    azureOpenAiOrigin: azureOpenAi.origin,
    // The presets' hosts are fixed in shared/; the seam points each at its local stand-in.
    openAiCompatibleOrigins: Object.fromEntries(
      compatibleList.filter((s) => s.flavor !== 'custom').map((s) => [s.flavor, s.origin]),
    ),
    awsStsEndpoint: aws.endpoint,
    // The app accepts only Microsoft's clouds as settings; the seam points Azure at the stand-in.
    azureAuthorityHost: azure.authorityHost,
    googleTokenUrl: google.tokenUrl,
  };
  const fetch = fetchTrusting(azure.caCertificate);
  return {
    openai,
    aws,
    azure,
    google,
    compatible,
    anthropic,
    gemini,
    mistral,
    azureOpenAi,
    endpoints,
    fetch,
    runner: (runnerOptions = {}) =>
      new ConnectionTestRunner({ endpoints, fetch, ...runnerOptions }),
    close: async () => {
      await Promise.all([
        openai.close(),
        aws.close(),
        azure.close(),
        google.close(),
        anthropic.close(),
        gemini.close(),
        mistral.close(),
        azureOpenAi.close(),
        ...compatibleList.map((standIn) => standIn.close()),
      ]);
    },
  };
}

/** A registered, working account on the right stand-in: its credentials, config and secrets. */
export interface Account<T extends ProviderType = ProviderType> {
  type: T;
  credentials: CredentialsByProvider[T];
  config: Record<string, string>;
  /** The secret values, for leak checks. */
  secrets: string[];
}

export function registerOpenAi(
  standIns: StandIns,
  account: Parameters<OpenAiStandIn['addKey']>[1] = { organization: 'org-AtergesTest01' },
): Account<'openai'> {
  const credentials = canaryOpenAiCredentials();
  standIns.openai.addKey(credentials.apiKey, account);
  return {
    type: 'openai',
    credentials,
    config: { baseUrl: standIns.openai.baseUrl },
    secrets: [credentials.apiKey],
  };
}

export function registerAws(
  standIns: StandIns,
  options: { temporary?: boolean; behaviour?: 'expired' | 'hang'; region?: string } = {},
): Account<'aws'> {
  const credentials = canaryAwsCredentials({ temporary: options.temporary ?? false });
  standIns.aws.addKey(credentials.accessKeyId, {
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    account: '123456789012',
    arn: options.temporary
      ? 'arn:aws:sts::123456789012:assumed-role/aterges-test/session'
      : 'arn:aws:iam::123456789012:user/aterges-test',
    userId: options.temporary ? 'AROAEXAMPLEROLEID0001:session' : 'AIDAEXAMPLEUSERID0001',
    ...(options.behaviour ? { behaviour: options.behaviour } : {}),
  });
  return {
    type: 'aws',
    credentials,
    config: { region: options.region ?? 'eu-west-1' },
    secrets: [
      credentials.secretAccessKey,
      ...(credentials.sessionToken ? [credentials.sessionToken] : []),
    ],
  };
}

export function registerAzure(
  standIns: StandIns,
  behaviour?: 'expired_secret' | 'hang',
): Account<'azure'> {
  const credentials = canaryAzureCredentials();
  standIns.azure.addClient(credentials.tenantId, credentials.clientId, {
    clientSecret: credentials.clientSecret,
    ...(behaviour ? { behaviour } : {}),
  });
  return {
    type: 'azure',
    credentials,
    config: { authorityHost: AZURE_AUTHORITY_HOSTS.public },
    secrets: [credentials.clientSecret],
  };
}

export function registerGoogle(standIns: StandIns, behaviour?: 'hang'): Account<'google_cloud'> {
  const { credentials, publicKey } = canaryGoogleAccount();
  standIns.google.addServiceAccount(credentials.client_email, {
    publicKey,
    ...(behaviour ? { behaviour } : {}),
  });
  return { type: 'google_cloud', credentials, config: {}, secrets: [credentials.private_key] };
}

/** A working key of one OpenAI-compatible service (or the custom gateway) on its stand-in. */
export function registerOpenAiCompatible(
  standIns: StandIns,
  flavor: CompatibleFlavor,
  account: CompatibleKeyAccount = {},
): Account<'openai_compatible'> {
  const credentials = canaryOpenAiCompatibleCredentials();
  standIns.compatible[flavor].addKey(credentials.apiKey, account);
  return {
    type: 'openai_compatible',
    credentials,
    config:
      flavor === 'custom'
        ? { preset: 'custom', baseUrl: standIns.compatible.custom.baseUrl }
        : { preset: flavor },
    secrets: [credentials.apiKey],
  };
}

/** Providers whose credential is one API key, with nothing to set, each with its canary. */
export const KEY_ONLY_CANARIES = {
  anthropic: canaryAnthropicCredentials,
  gemini: canaryGeminiCredentials,
  mistral: canaryMistralCredentials,
} as const;
export type KeyOnlyType = keyof typeof KEY_ONLY_CANARIES;

interface KeyOnlyAccounts {
  anthropic: AnthropicKeyAccount;
  gemini: GeminiKeyAccount;
  mistral: MistralKeyAccount;
}

/** A working key of a key-only provider on its stand-in. */
export function registerKeyOnly<T extends KeyOnlyType>(
  standIns: StandIns,
  type: T,
  account: KeyOnlyAccounts[T] = {},
): Account<T> {
  const credentials = KEY_ONLY_CANARIES[type]();
  (standIns[type] as { addKey(key: string, account: KeyOnlyAccounts[T]): void }).addKey(
    credentials.apiKey,
    account,
  );
  return { type, credentials, config: {}, secrets: [credentials.apiKey] };
}

export const registerAnthropic = (standIns: StandIns, account: AnthropicKeyAccount = {}) =>
  registerKeyOnly(standIns, 'anthropic', account);
export const registerGemini = (standIns: StandIns, account: GeminiKeyAccount = {}) =>
  registerKeyOnly(standIns, 'gemini', account);
export const registerMistral = (standIns: StandIns, account: MistralKeyAccount = {}) =>
  registerKeyOnly(standIns, 'mistral', account);

/** A working Azure OpenAI key of a resource (any endpoint reaches the stand-in through the seam). */
export function registerAzureOpenAi(
  standIns: StandIns,
  account: AzureOpenAiKeyAccount = {},
  apiVersion = '2024-10-21',
): Account<'azure_openai'> {
  const credentials = canaryAzureOpenAiCredentials();
  standIns.azureOpenAi.addKey(credentials.apiKey, account);
  const config = { endpoint: 'https://aterges-test.openai.azure.com/', apiVersion };
  return { type: 'azure_openai', credentials, config, secrets: [credentials.apiKey] };
}
