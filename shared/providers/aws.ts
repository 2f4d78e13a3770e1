import { z } from 'zod';
import { defineProvider } from './descriptor.ts';

/** AWS: long-term (AKIA) or temporary (ASIA, which needs its session token). */
export const awsCredentialsSchema = z
  .object({
    accessKeyId: z
      .string()
      .trim()
      .regex(/^(AKIA|ASIA)[A-Z0-9]{16}$/, {
        message: 'aws_access_key_id_format',
      }),
    secretAccessKey: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9/+=]{40}$/, { message: 'aws_secret_format' }),
    sessionToken: z
      .string()
      .trim()
      .min(16, { message: 'aws_session_token_short' })
      .max(8192, { message: 'aws_session_token_long' })
      .optional(),
  })
  .refine((value) => !value.accessKeyId.startsWith('ASIA') || value.sessionToken, {
    message: 'aws_session_token_required',
    path: ['sessionToken'],
  });

export const AWS_DEFAULT_REGION = 'us-east-1';
export const awsConfigSchema = z.strictObject({
  region: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, { message: 'aws_region_format' })
    .default(AWS_DEFAULT_REGION),
});

export type AwsCredentials = z.infer<typeof awsCredentialsSchema>;
export type AwsConfig = z.infer<typeof awsConfigSchema>;

export const awsProvider = defineProvider({
  id: 'aws',
  name: 'AWS',
  credentials: awsCredentialsSchema,
  config: awsConfigSchema,
  // The region picks the STS host the signed request goes to.
  boundConfigKeys: ['region'],
  storedAs: 'json',
  secretFields: [
    'secretAccessKey',
    'secret_access_key',
    'aws_secret_access_key',
    'sessionToken',
    'session_token',
    'aws_session_token',
  ],
  legacyFieldNames: {
    access_key_id: 'accessKeyId',
    aws_access_key_id: 'accessKeyId',
    secret_access_key: 'secretAccessKey',
    aws_secret_access_key: 'secretAccessKey',
    session_token: 'sessionToken',
    aws_session_token: 'sessionToken',
  },
  legacyTypeNames: ['aws', 'amazon', 'amazon_web_services'],
  hint: ({ accessKeyId }) => accessKeyId,
  docsLinks: ['https://console.aws.amazon.com/', 'https://docs.aws.amazon.com/'],
});
