import { useActionNotice } from '../../stores/action-notice-store';
import './accounts.css';

/** Says why a change shown ahead of the server was taken back; stays until dismissed. */
export function ActionNotice() {
  const notice = useActionNotice((state) => state.notice);
  const dismiss = useActionNotice((state) => state.dismiss);
  return (
    <div className="action-notice-region">
      {notice ? (
        <div className="action-notice" role="alert" key={notice.id}>
          <p>{notice.text}</p>
          <button type="button" className="button button--small button--quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
