import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyTrigger } from './lazy-trigger';

/** The "real" control: a button that counts its presses. */
function Counter() {
  const [presses, setPresses] = useState(0);
  return (
    <button type="button" data-real onClick={() => setPresses((n) => n + 1)}>
      Open report ({presses})
    </button>
  );
}

function deferred() {
  let resolve!: (value: typeof Counter) => void;
  const promise = new Promise<typeof Counter>((done) => (resolve = done));
  return { promise, resolve };
}

function renderTrigger(code: Promise<typeof Counter>, eager = false) {
  let loads = 0;
  render(
    <LazyTrigger
      load={() => {
        loads += 1;
        return code;
      }}
      eager={eager}
      standIn={<button type="button">Open report (0)</button>}
    >
      {(Real) => <Real />}
    </LazyTrigger>,
  );
  return { loads: () => loads };
}

describe('a control loaded on intent', () => {
  it('is a named button before its code is here, and pointing at it only fetches the code', async () => {
    const code = deferred();
    const { loads } = renderTrigger(code.promise);
    const user = userEvent.setup();
    const standIn = screen.getByRole('button', { name: 'Open report (0)' });
    await user.hover(standIn);
    expect(loads()).toBe(1);
    await act(async () => code.resolve(Counter));
    expect(screen.getByRole('button', { name: 'Open report (0)' })).not.toHaveAttribute('data-real');
  });

  it('works from the keyboard: Enter before the code arrives presses the real control once, and focus moves to it', async () => {
    const code = deferred();
    renderTrigger(code.promise);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Open report (0)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await act(async () => code.resolve(Counter));
    const real = await screen.findByRole('button', { name: 'Open report (1)' });
    expect(real).toHaveAttribute('data-real');
    expect(real).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Open report (2)' })).toHaveFocus();
  });

  it('passes a click that came before the code on to the real control, once', async () => {
    const code = deferred();
    renderTrigger(code.promise);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open report (0)' }));
    await act(async () => code.resolve(Counter));
    expect(await screen.findByRole('button', { name: 'Open report (1)' })).toHaveAttribute('data-real');
  });

  it('loads at once when eager, without waiting for intent', async () => {
    renderTrigger(Promise.resolve(Counter), true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open report (0)' })).toHaveAttribute('data-real'));
  });

  it('keeps the stand-in when the code cannot be loaded, and asks again on the next intent', async () => {
    let fail = true;
    let loads = 0;
    render(
      <LazyTrigger
        load={() => {
          loads += 1;
          return fail ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
        }}
        standIn={<button type="button">Open report (0)</button>}
      >
        {(Real) => <Real />}
      </LazyTrigger>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open report (0)' }));
    await waitFor(() => expect(loads).toBeGreaterThan(0));
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Open report (0)' })).not.toHaveAttribute('data-real');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Open report (0)' }));
    expect(await screen.findByRole('button', { name: 'Open report (1)' })).toHaveAttribute('data-real');
  });
});
