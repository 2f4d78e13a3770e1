import { useEffect, useRef } from 'react';

/**
 * Focuses the element when it first appears: a new screen's heading, or the next step's button
 * after the control that had focus was replaced, so keyboard focus is never dropped on <body>.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
