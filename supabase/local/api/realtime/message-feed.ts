/**
 * New broadcast rows of realtime.messages, in commit order. Hosted Realtime streams them from the
 * WAL (lib/realtime/tenants/replication_connection.ex: inserts into realtime.messages become
 * `{id, topic, event, private, payload}` broadcasts); the local stand-in LISTENs to the
 * notification its bootstrap's trigger sends at commit (supabase/local/realtime-stand-in.sql) and
 * reads each row by its key, one at a time so the order holds.
 */
import pg from 'pg';

export interface BroadcastMessage {
  id: string;
  /** The topic without realtime-js' `realtime:` prefix, as realtime.send got it. */
  topic: string;
  event: string;
  private: boolean;
  payload: Record<string, unknown>;
}

export interface MessageFeed {
  stop(): Promise<void>;
}

const CHANNEL = 'realtime_stand_in_messages';
const RECONNECT_MS = 500;

/** Starts listening; `deliver` gets each committed message once, in commit order. */
export async function startMessageFeed(
  connectionString: string,
  deliver: (message: BroadcastMessage) => void,
): Promise<MessageFeed> {
  let client: pg.Client | null = null;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  let retry: NodeJS.Timeout | null = null;

  async function read(db: pg.Client, key: { id: string; inserted_at: string }): Promise<void> {
    if (stopped) return;
    const { rows } = await db.query<BroadcastMessage & { payload: Record<string, unknown> | null }>(
      `select id, topic, event, private, payload from realtime.messages
        where id = $1 and inserted_at = $2`,
      [key.id, key.inserted_at],
    );
    const row = rows[0];
    if (row && !stopped) deliver({ ...row, event: row.event ?? '', payload: row.payload ?? {} });
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (notification) => {
      if (stopped || notification.channel !== CHANNEL || !notification.payload) return;
      const key = JSON.parse(notification.payload) as { id: string; inserted_at: string };
      queue = queue
        .then(() => read(next, key))
        .catch((error: unknown) => {
          // After stop() the client is closing: rows still queued are dropped quietly.
          if (!stopped) console.error('local Realtime: reading a message failed', error);
        });
    });
    next.on('error', () => {
      // The database went away: listen again once it is back (messages meanwhile are lost, as
      // they would be for sockets of a Realtime that lost its replication connection).
      client = null;
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
    });
    await next.connect();
    await next.query(`listen ${CHANNEL}`);
    client = next;
  }

  await connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await queue;
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
