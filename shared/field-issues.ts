import { z } from 'zod';

/**
 * Reasons for field errors that the renderer words itself (in Spanish and English): the zod issue's
 * message is the key `fieldIssue.<reason>`, never a sentence, so main sends a code and the page
 * speaks. A closed set: a renderer test checks that every one has words in both languages.
 */
export const FIELD_ISSUE_REASONS = [
  /** A URL typed with anything its normalized form drops (hidden line breaks, case, a default port…). */
  'url_not_normalized',
  /** A name with invisible or direction-changing characters (see text-safety.ts). */
  'invisible_characters',
  /** Settings nested deeper than CONFIG_DEPTH_LIMIT. */
  'config_too_deep',
  /** Longer than a limit; the value is the limit (`TOO_LONG` below). */
  'too_long',
  /** A pasted key file whose field (the value, e.g. `project_id`) is missing or not text. */
  'key_file_field_invalid',
] as const;
export const fieldIssueReasonSchema = z.enum(FIELD_ISSUE_REASONS);
export type FieldIssueReason = z.infer<typeof fieldIssueReasonSchema>;

const PREFIX = 'fieldIssue.';
/**
 * What a reason's words may name: a number or a schema's own field name, never text a user typed
 * (the words put it in a sentence, so nothing else may pass).
 */
const VALUE = /^[A-Za-z0-9_]{1,64}$/;

export interface FieldIssue {
  reason: FieldIssueReason;
  value?: string;
}

/**
 * The message a zod issue (and so main's `invalid_input` error) carries for a reason:
 * `fieldIssue.<reason>`, or `fieldIssue.<reason>:<value>` when the words name a value.
 */
export function fieldIssueMessage(reason: FieldIssueReason, value?: string | number): string {
  const text = value === undefined ? '' : String(value);
  return VALUE.test(text) ? `${PREFIX}${reason}:${text}` : `${PREFIX}${reason}`;
}

/** The reason (and value) behind such a message, or null for any other message. */
export function fieldIssueOf(message: string): FieldIssue | null {
  if (!message.startsWith(PREFIX)) return null;
  const [code = '', value, ...rest] = message.slice(PREFIX.length).split(':');
  const parsed = fieldIssueReasonSchema.safeParse(code);
  if (!parsed.success || rest.length > 0) return null;
  if (value === undefined) return { reason: parsed.data };
  return VALUE.test(value) ? { reason: parsed.data, value } : null;
}

/** The reason behind such a message, or null for any other message. */
export function fieldIssueReasonOf(message: string): FieldIssueReason | null {
  return fieldIssueOf(message)?.reason ?? null;
}

/**
 * For a length limit a person can reach in a form (`.max(320, TOO_LONG)`): the limit travels as
 * the code's value, so the words (and the number, as the user's language writes it) are the
 * renderer's, instead of zod's English default.
 */
export const TOO_LONG = {
  error: (issue: { maximum: number | bigint }) =>
    fieldIssueMessage('too_long', String(issue.maximum)),
};
