/**
 * Phoenix socket frames as realtime-js 2.119 sends and reads them. With `vsn=2.0.0` (its default)
 * every JSON frame is an array `[join_ref, ref, topic, event, payload]`; with `vsn=1.0.0` an object
 * `{join_ref, ref, topic, event, payload}` (@supabase/realtime-js dist/main/lib/serializer.js and
 * RealtimeClient.js `_initializeOptions`). realtime-js also sends client broadcasts as binary
 * frames; nothing here needs them, so binary frames are ignored.
 */

export type ProtocolVersion = '1.0.0' | '2.0.0';

export interface Frame {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: Record<string, unknown>;
}

/** Phoenix's channel events (realtime-js lib/constants.js CHANNEL_EVENTS). */
export const EVENTS = {
  join: 'phx_join',
  reply: 'phx_reply',
  leave: 'phx_leave',
  close: 'phx_close',
  error: 'phx_error',
  accessToken: 'access_token',
  heartbeat: 'heartbeat',
} as const;

/** The socket-level topic heartbeats go to. */
export const PHOENIX_TOPIC = 'phoenix';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refOf(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** Parses one text frame; null for anything that is not a well-formed frame. */
export function decodeFrame(text: string, vsn: ProtocolVersion): Frame | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  let parts: unknown[];
  if (vsn === '2.0.0') {
    if (!Array.isArray(parsed) || parsed.length !== 5) return null;
    parts = parsed;
  } else {
    if (!isRecord(parsed)) return null;
    parts = [parsed.join_ref, parsed.ref, parsed.topic, parsed.event, parsed.payload];
  }
  const [joinRef, ref, topic, event, payload] = parts;
  if (typeof topic !== 'string' || typeof event !== 'string' || !isRecord(payload)) return null;
  return { joinRef: refOf(joinRef), ref: refOf(ref), topic, event, payload };
}

export function encodeFrame(frame: Frame, vsn: ProtocolVersion): string {
  const { joinRef, ref, topic, event, payload } = frame;
  return JSON.stringify(
    vsn === '2.0.0'
      ? [joinRef, ref, topic, event, payload]
      : { join_ref: joinRef, ref, topic, event, payload },
  );
}

/** The reply to a push: `phx_reply` with `{status, response}` and the push's refs. */
export function replyFrame(
  to: Frame,
  status: 'ok' | 'error',
  response: Record<string, unknown>,
): Frame {
  return {
    joinRef: to.joinRef,
    ref: to.ref,
    topic: to.topic,
    event: EVENTS.reply,
    payload: { status, response },
  };
}
