/**
 * A count as the product writes it: grouped in every language, so Spanish says "1.234" (Intl's
 * default for Spanish leaves four-digit numbers ungrouped), as formatDuration does.
 */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: 'always' }).format(value);
}
