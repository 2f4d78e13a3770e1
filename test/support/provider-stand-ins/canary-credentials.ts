import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type {
  AwsCredentials,
  AzureCredentials,
  GoogleCredentials,
  OpenAiCredentials,
} from '../../../shared/credentials.ts';

/*
 * Unique, well-formed credentials per test. Each carries fresh random secret material (a "canary"),
 * so finding any fragment of it in a result, status message, audit event or log proves a leak.
 */

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = `${BASE62}/+`;

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** An Anthropic Console key's shape (`sk-ant-api03-…`). */
export function canaryAnthropicCredentials(): { apiKey: string } {
  return { apiKey: `sk-ant-api03-${randomFrom(BASE62, 86)}AA` };
}

/** A Gemini API key's shape (`AIza` and 35 more characters). */
export function canaryGeminiCredentials(): { apiKey: string } {
  return { apiKey: `AIzaSy${randomFrom(`${BASE62}_-`, 33)}` };
}

/** A Mistral API key's shape (32 letters and digits). */
export function canaryMistralCredentials(): { apiKey: string } {
  return { apiKey: randomFrom(BASE62, 32) };
}

/** An Azure OpenAI resource key's current shape (84 letters and digits). */
export function canaryAzureOpenAiCredentials(): { apiKey: string } {
  return { apiKey: randomFrom(BASE62, 84) };
}

/** A key as the OpenAI-compatible services issue them (Groq's `gsk_…` shape). */
export function canaryOpenAiCompatibleCredentials(): { apiKey: string } {
  return { apiKey: `gsk_${randomFrom(BASE62, 52)}` };
}

export function canaryOpenAiCredentials(): OpenAiCredentials {
  return { apiKey: `sk-proj-${randomFrom(BASE62, 48)}T3BlbkFJ${randomFrom(BASE62, 48)}` };
}

export function canaryAwsCredentials(options: { temporary?: boolean } = {}): AwsCredentials {
  const credentials: AwsCredentials = {
    accessKeyId: `${options.temporary ? 'ASIA' : 'AKIA'}${randomFrom(UPPER_DIGITS, 16)}`,
    secretAccessKey: randomFrom(SECRET_ALPHABET, 40),
  };
  if (options.temporary) {
    credentials.sessionToken = `IQoJb3JpZ2luX2Vj${randomFrom(SECRET_ALPHABET, 300)}`;
  }
  return credentials;
}

export function canaryAzureCredentials(): AzureCredentials {
  return {
    tenantId: randomUUID(),
    clientId: randomUUID(),
    clientSecret: `Qx8Q~${randomFrom(`${BASE62}_.~-`, 35)}`,
  };
}

export interface CanaryGoogleAccount {
  credentials: GoogleCredentials;
  publicKey: KeyObject;
}

/** A service-account key file with a fresh RSA key pair; the stand-in gets the public half. */
export function canaryGoogleAccount(projectId = 'aterges-test'): CanaryGoogleAccount {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = `canary-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 10)}`;
  const clientEmail = `${name}@${projectId}.iam.gserviceaccount.com`;
  return {
    publicKey,
    credentials: {
      type: 'service_account',
      project_id: projectId,
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: clientEmail,
      client_id: String(100_000_000_000_000_000_000n + BigInt(randomBytes(6).readUIntBE(0, 6))),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: 'googleapis.com',
    },
  };
}
