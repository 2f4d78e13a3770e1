import type { ComponentProps } from 'react';

type SvgPictureProps = Omit<ComponentProps<'svg'>, 'role' | 'aria-label' | 'viewBox'> & {
  /** What the picture shows, in words: all a screen reader says of it. */
  label: string;
  /** The drawing's own units, drawn from 0,0: [width, height]. */
  box: readonly [number, number];
};

/**
 * A drawing the page makes itself (the activity chart, a QR code) that screen readers take as one
 * picture named by its label, rather than a heap of shapes.
 */
export function SvgPicture({ label, box: [width, height], children, ...svg }: SvgPictureProps) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} {...svg}>
      {children}
    </svg>
  );
}
