import type { ReactNode } from 'react';
import { useId } from 'react';

interface SettingsCardProps {
  title: ReactNode;
  /** What the tests find the card by. */
  testId: string;
  children: ReactNode;
}

/** One section of the Settings screen: a card named by its h2 title. */
export function SettingsCard({ title, testId, children }: SettingsCardProps) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
