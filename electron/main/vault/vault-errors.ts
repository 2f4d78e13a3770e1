import { AppError } from '../../../shared/errors.ts';
import { scrubMessage } from '../logging/redaction.ts';

/*
 * PostgREST failures (as supabase-js resolves them: an error with a SQLSTATE or PGRST code, and
 * the HTTP status, 0 when the request never got an answer) mapped to the app's error set.
 * The database functions raise (supabase/migrations/…_integration_functions.sql):
 *   42501 "User must be authenticated", P0002 "Integration not found" (also for another user's
 *   id), 22023 "<p_parameter> …" for bad input, 23505 for a duplicate name.
 * Only 22023 messages are passed on (they are ours and name a parameter, never a value), and
 * even those are scrubbed against the credential being written.
 */

export interface PostgrestFailure {
  error: { message: string; code?: string | null; details?: string | null; hint?: string | null };
  status: number;
}

/** Parameter names of the SQL functions → field names of the app's inputs. */
const PARAMETER_FIELDS: Record<string, string> = {
  p_name: 'name',
  p_type: 'type',
  p_credentials: 'credentials',
  p_config: 'config',
  p_status: 'status',
  p_error_message: 'errorMessage',
  p_integration_id: 'id',
};

const OFFLINE =
  'Cannot reach the server. Check your connection; changes are possible once it is back.';
const UNAVAILABLE = 'The server is unavailable right now. Try again shortly.';

export function mapPostgrestFailure(
  failure: PostgrestFailure,
  secrets: readonly unknown[] = [],
): AppError {
  const { error, status } = failure;
  const code = error.code ?? '';
  const cause = { cause: { code, status } };
  if (status === 0) return new AppError('offline', OFFLINE, cause);

  if (code === 'P0002' || code === 'PGRST116') {
    return new AppError(
      'not_found',
      'This integration does not exist (or is no longer yours).',
      cause,
    );
  }
  if (code === '23505') {
    return new AppError('conflict', 'You already have an integration with this name.', {
      ...cause,
      field: 'name',
    });
  }
  if (code === '22023') return invalidParameter(error.message, secrets);
  if (['23514', '23502', '22P02', '22001'].includes(code)) {
    return new AppError('invalid_input', 'The server refused a value as invalid.', cause);
  }
  if (code === '42501' && (status === 401 || /authenticated/i.test(error.message))) {
    return new AppError('not_authenticated', 'Sign in again to use your vault.', cause);
  }
  if (code.startsWith('PGRST30') || status === 401) {
    return new AppError('not_authenticated', 'Your session has expired. Sign in again.', cause);
  }
  if (code === 'PGRST202' || code === '42883' || code === '42P01') {
    return new AppError(
      'server_error',
      'The server is missing part of the vault database. Are the migrations applied?',
      cause,
    );
  }
  if (
    status === 502 ||
    status === 503 ||
    status === 504 ||
    code.startsWith('08') ||
    code.startsWith('53')
  ) {
    return new AppError('server_error', UNAVAILABLE, cause);
  }
  return new AppError('server_error', 'The server could not complete this request.', cause);
}

function invalidParameter(message: string, secrets: readonly unknown[]): AppError {
  const match = /^(p_[a-z_]+)\b/.exec(message);
  const field = match ? PARAMETER_FIELDS[match[1]!] : undefined;
  const readable = field && match ? message.replace(match[1]!, field) : message;
  const scrubbed = scrubMessage(readable, secrets).slice(0, 300);
  return new AppError('invalid_input', scrubbed, {
    cause: { code: '22023' },
    ...(field === undefined ? {} : { field }),
  });
}
