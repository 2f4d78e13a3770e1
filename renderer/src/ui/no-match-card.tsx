import { useId } from 'react';

interface NoMatchCardProps {
  title: string;
  because: string;
  /** The conditions that left nothing, one line each (falsy entries are the unset ones). */
  reasons: ReadonlyArray<string | false | undefined | null>;
  clearLabel: string;
  onClear: () => void;
}

/**
 * A search or filter that leaves nothing (the integrations list, the activity page): which
 * conditions did it, and one button that clears them all.
 */
export function NoMatchCard({ title, because, reasons, clearLabel, onClear }: NoMatchCardProps) {
  const titleId = useId();
  return (
    <section className="no-match card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="muted">{because}</p>
      <ul>
        {reasons
          .filter((reason): reason is string => Boolean(reason))
          .map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
      </ul>
      <button type="button" className="button" onClick={onClear}>
        {clearLabel}
      </button>
    </section>
  );
}
