/**
 * A duration as the language writes it: "312 ms", "1.234 ms" in Spanish (grouped, as the
 * product's Spanish texts write thousands), "15 s", "2 min".
 */
export function formatDuration(ms: number, locale: string): string {
  const unit = (value: number, name: 'millisecond' | 'second' | 'minute', digits = 0) =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
      useGrouping: 'always',
    }).format(value);
  if (ms < 1000) return unit(Math.round(ms), 'millisecond');
  if (ms < 120_000) return unit(ms / 1000, 'second', 1);
  return unit(ms / 60_000, 'minute', 1);
}
