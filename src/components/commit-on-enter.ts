import type { FocusEvent, KeyboardEvent } from 'react';

/**
 * Handlers for a filter box that applies what was typed on Enter or on
 * leaving it: a request per answer, not per keystroke. The box is
 * uncontrolled (defaultValue), keyed by the applied value so it shows a
 * value the URL changes under it.
 */
export function commitOnEnterOrBlur(apply: (text: string) => void) {
  return {
    onBlur: (event: FocusEvent<HTMLInputElement>) => apply(event.target.value),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') apply(event.currentTarget.value);
    },
  };
}
