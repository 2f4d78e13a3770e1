import { AppError } from '../../../shared/errors.ts';
import type { Integration } from '../../../shared/integration.ts';
import { BOUND_CONFIG_KEYS, configSchemaByProvider } from '../../../shared/integration-config.ts';

/* DEVELOPMENT ONLY: the mock main process's check of an integration's settings edit. */

/** As main's vault client: the provider's schema, and no endpoint change without new credentials. */
export function checkedSettingsEdit(current: Integration, config: Record<string, unknown>) {
  const schema = configSchemaByProvider[current.type];
  const parsed = schema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', issue?.message ?? 'Invalid settings.', {
      field: ['config', ...(issue?.path ?? [])].join('.'),
    });
  }
  const next = parsed.data as Record<string, unknown>;
  const before = (schema.safeParse(current.config).data ?? current.config) as Record<
    string,
    unknown
  >;
  for (const key of BOUND_CONFIG_KEYS[current.type]) {
    if ((before[key] ?? null) !== (next[key] ?? null)) {
      throw new AppError('invalid_input', 'bound_setting_change', { field: `config.${key}` });
    }
  }
  return next as Integration['config'];
}
