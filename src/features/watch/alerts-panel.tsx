import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { alertsQueryOptions, markAlertsRead, setAlertDigest, watchKeys } from '../../api/activity';
import type { Alerts } from '../../api/activity-contract';
import { formatCount, formatDay } from '../../components/format';
import { LineIcon } from '../../components/line-icon';
import { alertTargets, NOTHING_DUE } from './attention-links';
import './watch.css';

function BellIcon() {
  return (
    <LineIcon>
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </LineIcon>
  );
}

/**
 * The header's Alerts button and its panel: today's digest of what is due
 * (from GET /alerts), for a staff member who turned the digest on. Opening
 * the panel marks the digest read; the button's name carries the unread count.
 */
export function AlertsPanel() {
  const queryClient = useQueryClient();
  const alerts = useQuery(alertsQueryOptions());
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const store = (data: Alerts) => queryClient.setQueryData(watchKeys.alerts(), data);
  const read = useMutation({ mutationFn: markAlertsRead, onSuccess: store });
  const digest = useMutation({ mutationFn: setAlertDigest, onSuccess: store });

  const unread = alerts.data?.unread ?? 0;
  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    if (opening && unread > 0 && !read.isPending) read.mutate();
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const name = unread > 0 ? `Alerts, ${formatCount(unread)} unread` : 'Alerts';
  return (
    <div className="alerts">
      <button
        ref={buttonRef}
        type="button"
        className="button icon-button alerts__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        onClick={toggle}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="alerts__badge numeric" aria-hidden="true">
            {formatCount(unread)}
          </span>
        ) : null}
      </button>
      <div ref={panelRef} id={panelId} className="alerts__panel" role="region" aria-label="Alerts" hidden={!open}>
        {/* Dated, so that when the (demo) clock moves on the panel visibly turns to the new day's digest. */}
        <p className="alerts__title">
          Daily digest{alerts.data ? <span className="muted numeric"> · {formatDay(alerts.data.asOf)}</span> : null}
        </p>
        {alerts.data ? (
          <>
            <label className="alerts__setting">
              <input
                type="checkbox"
                checked={digest.isPending ? (digest.variables ?? alerts.data.digest) : alerts.data.digest}
                disabled={digest.isPending}
                onChange={(event) => digest.mutate(event.target.checked)}
              />
              Show me what is due each day
            </label>
            {digest.isError ? <p role="alert">The setting could not be saved. Try again.</p> : null}
            {!alerts.data.digest ? (
              <p className="muted">
                Turn the digest on to see, each day, the trials ending, the accounts over their seats, the cancellations
                and the deletions due.
              </p>
            ) : alerts.data.items.length === 0 ? (
              <p className="alerts__clear">{NOTHING_DUE}</p>
            ) : (
              <ul className="alerts__list">
                {alerts.data.items.map((item) => (
                  <li key={item.kind} className="alerts__item">
                    <Link {...alertTargets[item.kind]} className="alerts__link" onClick={() => setOpen(false)}>
                      {item.text}
                    </Link>
                    {item.accounts.length > 0 ? (
                      <span className="alerts__accounts muted">
                        {item.accounts.map((account) => account.organizationName).join(', ')}
                        {item.count > item.accounts.length
                          ? ` and ${formatCount(item.count - item.accounts.length)} more`
                          : ''}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : alerts.isError ? (
          <p>
            The alerts could not be loaded.{' '}
            <button type="button" className="button button--small" onClick={() => void alerts.refetch()}>
              Retry
            </button>
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    </div>
  );
}
