/**
 * The user JSON's `factors` array (supabase/auth internal/models/factor.go's JSON fields): the
 * secret stays in the table, never in an answer.
 */
import type { Pool, PoolClient } from 'pg';

/** GoTrue omits the field when the user has no factor. */
export async function factorsJson(
  db: Pool | PoolClient,
  userId: string,
): Promise<Record<string, unknown>[] | undefined> {
  const found = await db.query<{
    id: string;
    status: string;
    friendly_name: string | null;
    factor_type: string;
    created_at: Date;
    updated_at: Date;
    last_challenged_at: Date | null;
  }>(
    `select id, status::text as status, friendly_name, factor_type::text as factor_type,
            created_at, updated_at, last_challenged_at
     from auth.mfa_factors where user_id = $1 order by created_at`,
    [userId],
  );
  if (found.rows.length === 0) return undefined;
  return found.rows.map((factor) => ({
    id: factor.id,
    status: factor.status,
    friendly_name: factor.friendly_name ?? '',
    factor_type: factor.factor_type,
    created_at: factor.created_at.toISOString(),
    updated_at: factor.updated_at.toISOString(),
    ...(factor.last_challenged_at
      ? { last_challenged_at: factor.last_challenged_at.toISOString() }
      : {}),
  }));
}
