/**
 * Schema and media-type negotiation, as PostgREST does it: the Accept-Profile / Content-Profile
 * header may only name an exposed schema (PGRST106), and the Accept header must allow JSON or
 * PostgREST's singular object type (PGRST107).
 */
import type { ApiRequest } from '../http-io.ts';
import { pgrstError } from './errors.ts';
import { EXPOSED_SCHEMA } from './schema-cache.ts';

export const SINGULAR_MEDIA_TYPE = 'application/vnd.pgrst.object+json';

export function checkProfile(request: ApiRequest): void {
  const readMethod = request.method === 'GET' || request.method === 'HEAD';
  const profile = readMethod
    ? request.headers['accept-profile']
    : request.headers['content-profile'];
  if (profile !== undefined && profile !== EXPOSED_SCHEMA) {
    throw pgrstError(
      406,
      'PGRST106',
      `Invalid schema: ${profile}`,
      null,
      `Only the following schemas are exposed: ${EXPOSED_SCHEMA}`,
    );
  }
}

/** Whether the client asked for a single object; throws PGRST107 for an unservable Accept. */
export function wantsSingular(request: ApiRequest): boolean {
  const accept = request.headers['accept'];
  if (accept === undefined || accept.trim() === '') return false;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  for (const type of types) {
    if (type === SINGULAR_MEDIA_TYPE) return true;
    if (type === 'application/json' || type === 'application/*' || type === '*/*') return false;
  }
  throw pgrstError(406, 'PGRST107', `None of these media types are available: ${types.join(', ')}`);
}

/** PostgREST's answer when a singular response would not hold exactly one row. */
export function singularityError(rows: number) {
  return pgrstError(
    406,
    'PGRST116',
    'Cannot coerce the result to a single JSON object',
    `The result contains ${rows} rows`,
  );
}

/** Levenshtein similarity in [0, 1], standing in for PostgREST's fuzzy-set hints. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return 1 - previous[b.length]! / longest;
}

/** The closest candidate with at least `minScore` similarity, as PostgREST's getFuzzyHint. */
export function closest(target: string, candidates: string[], minScore: number): string | null {
  let best: string | null = null;
  let bestScore = minScore;
  for (const candidate of candidates) {
    const score = similarity(target, candidate);
    if (score >= bestScore && candidate !== target) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
