import { z } from 'zod';
import type { Integration } from '../../../shared/integration.ts';
import type { IntegrationRow } from '../vault/row-mapping.ts';
import { mapIntegrationRow } from '../vault/row-mapping.ts';

/*
 * What the database broadcasts on `user:<id>:integrations` (migration 20261205300000) and how it
 * merges into the list. The payloads are parsed as strictly as PostgREST rows are (row-mapping.ts);
 * one the app does not understand (a newer server?) is a reason to reload the whole list, never to
 * guess.
 */

/** One change, as the list needs it. */
export type LiveChange =
  | { kind: 'upsert'; integration: Integration }
  | { kind: 'delete'; id: string }
  /** An audit event: the list is unchanged, but the page's activity views reload. */
  | { kind: 'event'; integrationId: string | null; eventType: string };

export const LIVE_EVENTS = {
  integration: 'integration_changed',
  event: 'integration_event',
} as const;

const integrationPayload = z.object({
  operation: z.enum(['INSERT', 'UPDATE', 'DELETE']),
  integration_id: z.uuid(),
  record: z.record(z.string(), z.unknown()).nullable(),
});

const eventPayload = z.object({
  operation: z.literal('INSERT'),
  integration_id: z.uuid().nullable(),
  record: z.object({ event_type: z.string() }).loose(),
});

/** Parses one broadcast; null when it is not one of ours or not understood. */
export function parseLiveChange(event: string, payload: unknown): LiveChange | null {
  if (event === LIVE_EVENTS.integration) {
    const parsed = integrationPayload.safeParse(payload);
    if (!parsed.success) return null;
    const { operation, integration_id: id, record } = parsed.data;
    if (operation === 'DELETE') return { kind: 'delete', id };
    if (record === null) return null;
    try {
      const integration = mapIntegrationRow(record as unknown as IntegrationRow);
      return integration.id === id ? { kind: 'upsert', integration } : null;
    } catch {
      return null;
    }
  }
  if (event === LIVE_EVENTS.event) {
    const parsed = eventPayload.safeParse(payload);
    if (!parsed.success) return null;
    return {
      kind: 'event',
      integrationId: parsed.data.integration_id,
      eventType: parsed.data.record.event_type,
    };
  }
  return null;
}

/**
 * The list after `changes`, in order. An update older than what the list holds (by `updatedAt`)
 * is skipped: a reload that finished after the change was sent already has something newer.
 * New integrations go first, as the server lists them (newest first).
 */
export function applyLiveChanges(
  list: readonly Integration[],
  changes: readonly LiveChange[],
): Integration[] {
  let next = [...list];
  for (const change of changes) {
    if (change.kind === 'delete') {
      next = next.filter((integration) => integration.id !== change.id);
    } else if (change.kind === 'upsert') {
      const index = next.findIndex((integration) => integration.id === change.integration.id);
      if (index === -1) {
        next.unshift(change.integration);
      } else if (Date.parse(next[index]!.updatedAt) <= Date.parse(change.integration.updatedAt)) {
        next[index] = change.integration;
      }
    }
  }
  return next;
}
