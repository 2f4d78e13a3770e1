import type { ConnectionTestReason } from '../../../shared/connection-test.ts';
import { AppError } from '../../../shared/errors.ts';
import { BOUND_CONFIG_KEYS, configSchemaByProvider } from '../../../shared/integration-config.ts';
import type { Integration } from '../../../shared/integration.ts';

/* The vault client's own rules and answers, apart from its calls. */

export function notFound(): AppError {
  return new AppError('not_found', 'integration_not_found');
}

export function unexpected(fn: string): AppError {
  return new AppError('server_error', 'unexpected_answer', { cause: { fn } });
}

/**
 * A settings edit may not change what travels with a credential (BOUND_CONFIG_KEYS): a compromised
 * renderer could otherwise point an OpenAI integration at its own server, or set an organization
 * header that OpenAI quotes back next to key material, and press "Test". Changing one takes
 * rotating the credentials, which means typing the key again. The database refuses it too.
 */
export function refuseBoundSettingChange(
  current: Integration,
  next: Record<string, unknown>,
): void {
  const schema = configSchemaByProvider[current.type];
  const parsedCurrent = schema.safeParse(current.config);
  const before: Record<string, unknown> = parsedCurrent.success
    ? parsedCurrent.data
    : current.config;
  for (const key of BOUND_CONFIG_KEYS[current.type]) {
    if ((before[key] ?? null) !== (next[key] ?? null)) {
      throw new AppError('invalid_input', 'bound_setting_change', { field: `config.${key}` });
    }
  }
}

/** The short English sentence stored beside the code, for clients that have no catalog. */
export function fallbackErrorMessage(code: ConnectionTestReason): string {
  return `The connection test failed (${code}).`;
}
