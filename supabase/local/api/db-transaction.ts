/**
 * One transaction on a pooled connection, as the local GoTrue and PostgREST stand-ins both run
 * their requests: BEGIN, the work, COMMIT; ROLLBACK when the work throws.
 */
import type { Pool, PoolClient } from 'pg';

export interface TransactionOptions {
  /** The statement that opens the transaction (PostgREST's names its isolation level). */
  begin?: string;
}

/**
 * Runs `work` in a transaction. `work` may return a value to answer with after COMMIT, or throw
 * to roll back.
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  { begin = 'BEGIN' }: TransactionOptions = {},
): Promise<T> {
  const client = await pool.connect();
  // Set while the connection's state is unknown (BEGIN or ROLLBACK failed): it is then dropped
  // instead of going back to the pool, where the next request would inherit it.
  let broken = true;
  try {
    await client.query(begin);
    broken = false;
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}
