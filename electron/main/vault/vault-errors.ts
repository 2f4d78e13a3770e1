import { AppError } from '../../../shared/errors.ts';
import { fieldIssueMessage } from '../../../shared/field-issues.ts';

/*
 * PostgREST failures (as supabase-js resolves them: an error with a SQLSTATE or PGRST code, and
 * the HTTP status, 0 when the request never got an answer) mapped to the app's error set.
 * The database functions raise (supabase/migrations/…_integration_functions.sql):
 *   42501 "User must be authenticated", P0002 "Integration not found" (also for another user's
 *   id), 22023 "<p_parameter> …" for bad input, 23505 for a duplicate name.
 * No message text is passed on: each answer becomes a code and a reason, and a 22023 the field it
 * names (the database's messages name a parameter, never a value).
 */

export interface PostgrestFailure {
  error: { message: string; code?: string | null; details?: string | null; hint?: string | null };
  status: number;
}

/** A PostgREST answer as supabase-js resolves it. */
export interface PostgrestAnswer<T> {
  data: T | null;
  error: PostgrestFailure['error'] | null;
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
  p_error_code: 'errorCode',
  p_integration_id: 'id',
  // The activity (20261205900000, 20261205900100).
  p_outcome: 'outcome',
  p_latency_ms: 'latencyMs',
  p_device: 'device',
  p_kinds: 'filter.kinds',
  p_to: 'filter.to',
  p_limit: 'limit',
  p_time_zone: 'timeZone',
};

export function mapPostgrestFailure(
  failure: PostgrestFailure,
  secrets: readonly unknown[] = [],
): AppError {
  const { error, status } = failure;
  const code = error.code ?? '';
  const cause = { cause: { code, status } };
  if (status === 0) return new AppError('offline', 'server_unreachable', cause);

  if (code === 'P0002' || code === 'PGRST116') {
    return new AppError('not_found', 'integration_not_found', cause);
  }
  if (code === '23505') {
    return new AppError('conflict', 'duplicate_name', { ...cause, field: 'name' });
  }
  if (code === '22023') return invalidParameter(error.message, secrets);
  if (['23514', '23502', '22P02', '22001'].includes(code)) {
    return new AppError('invalid_input', 'value_refused', cause);
  }
  // The database's own refusal of a password-only (aal1) token for a user with a verified second
  // factor (migration 20261205800000_second_factor_required): no sign-out, the app asks the code.
  if (code === '28M01') {
    return new AppError('not_authenticated', 'second_factor_required', cause);
  }
  if (code === '42501' && (status === 401 || /authenticated/i.test(error.message))) {
    return new AppError('not_authenticated', 'sign_in_required', cause);
  }
  // The API gateway's own 401 carries no SQLSTATE or PGRST code ("No API key found in request",
  // "Invalid API key", "Legacy API keys are disabled"): the app's project key was refused, which
  // no sign-in fixes. It leads to Settings and never signs the user out (issue #12).
  if (status === 401 && code === '') {
    return new AppError('server_error', 'api_key_refused', cause);
  }
  if (code.startsWith('PGRST30') || status === 401) {
    return new AppError('not_authenticated', 'session_expired', cause);
  }
  if (code === 'PGRST202' || code === '42883' || code === '42P01') {
    return new AppError('server_error', 'database_not_ready', cause);
  }
  if (
    status === 502 ||
    status === 503 ||
    status === 504 ||
    code.startsWith('08') ||
    code.startsWith('53')
  ) {
    return new AppError('server_error', 'server_unavailable', cause);
  }
  return new AppError('server_error', 'server_failed', cause);
}

/**
 * The database's own checks that the app words specifically (the app's checks, which run first,
 * refuse the same values; these show when another version or a race got past them).
 */
const SQL_MESSAGE_REASONS: readonly [RegExp, string][] = [
  [/can only change together with the credentials/, 'bound_setting_change'],
  [/invisible or direction-changing characters/, fieldIssueMessage('invisible_characters')],
  [/nested at most \d+ levels/, fieldIssueMessage('config_too_deep')],
  [/^p_name must be 1-100 characters/, 'name_too_long'],
];

/**
 * A 22023 from one of our functions names the parameter ("p_config.baseUrl …"): the field is
 * passed on with a validation key, the database's own sentence is not (it is English, and the
 * app's own checks, which run first, already word every problem a person can cause).
 */
function invalidParameter(message: string, _secrets: readonly unknown[]): AppError {
  const match = /^(p_[a-z_]+)(\.[A-Za-z]+)?\b/.exec(message);
  const base = match ? PARAMETER_FIELDS[match[1]!] : undefined;
  const field = base && match?.[2] ? `${base}${match[2]}` : base;
  const reason =
    SQL_MESSAGE_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'server_refused_value';
  return new AppError('invalid_input', reason, {
    cause: { code: '22023' },
    ...(field === undefined ? {} : { field }),
  });
}
