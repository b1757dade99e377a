import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NetworkError } from '../../api/client';
import { setBrowserOffline, setServerReachable, useConnection } from '../../stores/connection-store';
import './connection-banner.css';

/**
 * Says once, for the whole console, that the server cannot be reached: the
 * browser is offline, or requests get no answer. An alert, announced once
 * as it appears; it goes when a request is answered again (React Query refetches on reconnect). It watches the
 * query client's caches, so every query and mutation counts.
 */
export function ConnectionBanner() {
  const queryClient = useQueryClient();
  const { browserOffline, serverUnreachable } = useConnection();
  useEffect(() => {
    setBrowserOffline(!onlineManager.isOnline());
    return onlineManager.subscribe((online) => setBrowserOffline(!online));
  }, []);
  // Every request's outcome: any answer (a refusal included) means the server is there; only none says it is not.
  useEffect(() => {
    const outcome = (action: { type: string; error?: unknown }) => {
      if (action.type === 'success') setServerReachable(true);
      if (action.type === 'error') setServerReachable(!(action.error instanceof NetworkError));
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated') outcome(event.action);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated') outcome(event.action);
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);
  if (!browserOffline && !serverUnreachable) return null;
  return (
    <div role="alert" className="connection-banner">
      <p>
        <strong>{browserOffline ? 'You are offline.' : 'The server cannot be reached.'}</strong> What you see may be out
        of date, and a change made now may not be confirmed. The console catches up when the connection is back.
      </p>
      {browserOffline ? null : (
        <button
          type="button"
          className="button button--small"
          onClick={() => void queryClient.refetchQueries({ type: 'active' })}
        >
          Try again
        </button>
      )}
    </div>
  );
}
