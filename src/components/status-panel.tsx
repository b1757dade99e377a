import type { ReactNode } from 'react';
import './status-panel.css';

interface StatusPanelProps {
  tone: 'empty' | 'error';
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** The empty and error states of a page: what happened, and what to do next. */
export function StatusPanel({ tone, title, children, action }: StatusPanelProps) {
  return (
    <div className={`status-panel status-panel--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <p className="status-panel__title">{title}</p>
      {children ? <div className="status-panel__body">{children}</div> : null}
      {action ? <div className="status-panel__action">{action}</div> : null}
    </div>
  );
}
