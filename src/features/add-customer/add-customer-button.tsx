import { preloadDialog } from '../../components/dialog';
import { LazyTrigger } from '../../components/lazy-trigger';

// The dialog's form, its checks and its mutation load when the button is first pointed at, focused or pressed,
// with the dialog's own code beside them: none of it is on the first board.
const loadDialog = () => {
  preloadDialog();
  return import('./add-customer-dialog').then((module) => module.AddCustomerDialog);
};

/** The header's Add Customer button (add-customer-dialog.tsx draws the same one, with its dialog). */
export function AddCustomerButton() {
  return (
    <LazyTrigger
      load={loadDialog}
      standIn={
        <button type="button" className="button button--primary" aria-haspopup="dialog" aria-expanded={false}>
          <span aria-hidden="true">+</span> Add Customer
        </button>
      }
    >
      {(AddCustomerDialog) => <AddCustomerDialog />}
    </LazyTrigger>
  );
}
