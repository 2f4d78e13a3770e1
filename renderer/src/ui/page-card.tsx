import type { ComponentProps, ReactNode } from 'react';
import { usePageHeadingFocus } from '../layout/navigation.tsx';

type PageCardProps = Omit<ComponentProps<'section'>, 'title' | 'aria-labelledby'> & {
  /** The heading's id, which names the card. */
  titleId: string;
  title: ReactNode;
};

/**
 * A card that is the screen's whole subject (sign-in, a reset, the code, a project to connect):
 * named by its h1, which takes the focus when the card appears so a screen reader starts there.
 * `className` defaults to "card".
 */
export function PageCard({
  titleId,
  title,
  className = 'card',
  children,
  ...section
}: PageCardProps) {
  const heading = usePageHeadingFocus<HTMLHeadingElement>();
  return (
    <section className={className} aria-labelledby={titleId} {...section}>
      <h1 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
