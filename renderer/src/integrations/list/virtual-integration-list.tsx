import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import type { ListDensity } from '../../../../shared/list-view.ts';
import { IntegrationRow } from '../integration-row.tsx';

/** The element that scrolls the page (the shell's main column). */
const SCROLLER = '.shell-main';
const ROW_GAP = 10;
const ESTIMATED_HEIGHT: Record<ListDensity, number> = { comfortable: 118, compact: 64 };

interface VirtualIntegrationListProps {
  integrations: readonly Integration[];
  density: ListDensity;
}

/**
 * A long list rendered through @tanstack/react-virtual: only the rows near the viewport exist,
 * each measured once drawn (rows differ in height: an error line, a test result). The list scrolls
 * with the page, so the toolbar above it scrolls away as the other pages' content does. Each item
 * says its position in the whole list (aria-setsize / aria-posinset) for screen readers.
 */
export function VirtualIntegrationList({ integrations, density }: VirtualIntegrationListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The virtualizer is a mutable instance React cannot memoize; this component re-renders with it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: integrations.length,
    getScrollElement: () => list.current?.closest<HTMLElement>(SCROLLER) ?? null,
    estimateSize: () => ESTIMATED_HEIGHT[density],
    getItemKey: (index) => integrations[index]!.id,
    gap: ROW_GAP,
    overscan: 3,
    scrollMargin,
  });

  // Where the list starts inside the scroller: what lies above it (header, toolbar) scrolls first.
  useLayoutEffect(() => {
    const element = list.current;
    const scroller = element?.closest<HTMLElement>(SCROLLER);
    if (!element || !scroller) return;
    const top =
      element.getBoundingClientRect().top -
      scroller.getBoundingClientRect().top +
      scroller.scrollTop;
    setScrollMargin(Math.max(0, Math.round(top)));
  }, []);

  return (
    <ul
      ref={list}
      className="integration-list integration-list-virtual"
      data-density={density}
      aria-label={t('integrations.listLabel')}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const integration = integrations[item.index]!;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={integrations.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <IntegrationRow integration={integration} />
          </li>
        );
      })}
    </ul>
  );
}
