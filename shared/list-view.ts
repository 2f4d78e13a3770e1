import { z } from 'zod';
import { integrationStatusSchema, providerTypeSchema } from './providers.ts';

/*
 * How the integration list is shown (issue #14 §2): sort order, row density and the filters, kept
 * with the other UI preferences so a long list opens the way the user left it. The search text is
 * not kept: a list that opens filtered by a word the user no longer sees would hide entries.
 */

export const LIST_SORTS = ['name', 'status', 'last_test', 'created'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const LIST_DENSITIES = ['comfortable', 'compact'] as const;
export type ListDensity = (typeof LIST_DENSITIES)[number];

export const listViewSchema = z.strictObject({
  sort: z.enum(LIST_SORTS),
  density: z.enum(LIST_DENSITIES),
  /** `all`, or only the integrations in this status. */
  status: z.union([z.literal('all'), integrationStatusSchema]),
  /** `all`, or only this provider's integrations. */
  provider: z.union([z.literal('all'), providerTypeSchema]),
});
export type ListView = z.infer<typeof listViewSchema>;

export const DEFAULT_LIST_VIEW: ListView = {
  sort: 'name',
  density: 'comfortable',
  status: 'all',
  provider: 'all',
};
