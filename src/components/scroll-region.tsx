import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone: a named region in the tab order, so a keyboard can scroll it too
 * (WCAG 2.1.1; axe: scrollable-region-focusable), which jsx-a11y's strict preset does not allow for.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
