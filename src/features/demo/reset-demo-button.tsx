import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetDemo } from '../../api/accounts';
import { Dialog, DialogClose } from '../../components/dialog';

/** Brings back the seeded demo fleet, after asking: it throws away every change made in the demo. */
export function ResetDemoButton() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: resetDemo,
    // Every cached figure came from the data just replaced.
    onSuccess: () => queryClient.resetQueries(),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !reset.isPending && setOpen(next)}
      title="Reset demo data?"
      description="Every customer added or changed in this demo is discarded and the seeded fleet comes back."
      trigger={
        <button type="button" className="button button--small">
          {/* One flex item: the button's gap would otherwise open between the two words. */}
          <span>
            Reset<span className="demo-controls__more"> demo data</span>
          </span>
        </button>
      }
    >
      {reset.isError ? (
        <p className="form-error" role="alert">
          {reset.error.message}
        </p>
      ) : null}
      <div className="dialog__actions">
        <DialogClose asChild>
          <button type="button" className="button">
            Cancel
          </button>
        </DialogClose>
        <button
          type="button"
          className="button button--danger"
          disabled={reset.isPending}
          onClick={() => reset.mutate(undefined, { onSuccess: () => setOpen(false) })}
        >
          Reset demo data
        </button>
      </div>
    </Dialog>
  );
}
