import type { ReactNode } from 'react';

/**
 * An 18-pixel line icon drawn in the text's colour on a 24-unit grid, as the
 * header's buttons use them. Decorative: the button it sits in is named.
 */
export function LineIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
