import { TimeText } from './relative-time.tsx';

/** The exact date and time ("4 dic 2026, 17:25"), the relative one on hover; "Never" for none. */
export function AbsoluteTime({ iso }: { iso: string | null }) {
  return <TimeText iso={iso} shown="exact" />;
}
