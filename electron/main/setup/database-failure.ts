import { AppError } from '../../../shared/errors.ts';
import type { Logger } from '../logging/logger.ts';

/*
 * A Postgres or network failure as a reason the renderer words. Only the SQLSTATE or the system
 * error code is logged: a driver's message can quote the host, the user or a statement, and the
 * connection string it came from holds the database password.
 */

export function databaseFailure(
  error: unknown,
  stage: 'connect' | 'setup' | 'apply',
  log: Pick<Logger, 'warn'>,
): AppError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  const known = typeof code === 'string' ? code : 'none';
  log.warn('Project setup: the database refused or failed', { stage, code: known });
  // 28P01 invalid_password, 28000 invalid_authorization_specification (no such role, pg_hba).
  if (known === '28P01' || known === '28000') {
    return new AppError('invalid_input', 'database_wrong_password', {
      field: 'databaseUrl',
      cause: error,
    });
  }
  // 42501 insufficient_privilege.
  if (known === '42501') {
    return new AppError('server_error', 'database_permission_denied', { cause: error });
  }
  return new AppError('offline', 'database_unreachable', { cause: error });
}
