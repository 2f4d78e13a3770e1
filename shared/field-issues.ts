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
] as const;
export const fieldIssueReasonSchema = z.enum(FIELD_ISSUE_REASONS);
export type FieldIssueReason = z.infer<typeof fieldIssueReasonSchema>;

const PREFIX = 'fieldIssue.';

/** The message a zod issue (and so main's `invalid_input` error) carries for a reason. */
export function fieldIssueMessage(reason: FieldIssueReason): string {
  return `${PREFIX}${reason}`;
}

/** The reason behind such a message, or null for any other message. */
export function fieldIssueReasonOf(message: string): FieldIssueReason | null {
  if (!message.startsWith(PREFIX)) return null;
  const parsed = fieldIssueReasonSchema.safeParse(message.slice(PREFIX.length));
  return parsed.success ? parsed.data : null;
}
