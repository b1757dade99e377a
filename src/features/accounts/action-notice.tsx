import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useActionNotice } from '../../stores/action-notice-store';
import './accounts.css';

const successShownMs = 6_000;

/**
 * Tells what an action did (politely, and it goes by itself) or why a change
 * was undone (as an alert that stays until dismissed). The status region is
 * always there, so that screen readers announce what appears in it.
 */
export function ActionNotice() {
  const notice = useActionNotice((state) => state.notice);
  const dismiss = useActionNotice((state) => state.dismiss);

  useEffect(() => {
    if (notice?.tone !== 'success') return;
    const timer = setTimeout(dismiss, successShownMs);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  const body = notice ? (
    <>
      <p>
        {notice.subject ? (
          <Link to="/accounts/$accountNumber" params={{ accountNumber: notice.subject.accountNumber }}>
            {notice.subject.name}
          </Link>
        ) : null}
        {notice.text}
      </p>
      <button type="button" className="button button--small button--quiet" onClick={dismiss}>
        Dismiss
      </button>
    </>
  ) : null;
  return (
    <div className="action-notice-region">
      <div role="status" className={notice?.tone === 'success' ? 'action-notice action-notice--success' : undefined}>
        {notice?.tone === 'success' ? body : null}
      </div>
      {notice?.tone === 'error' ? (
        <div className="action-notice" role="alert" key={notice.id}>
          {body}
        </div>
      ) : null}
    </div>
  );
}
