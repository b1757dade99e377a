import { create } from 'zustand';

interface ConnectionState {
  /** The browser says it has no network (navigator's offline event). */
  browserOffline: boolean;
  /** The last request that ended, ended without an answer from the server (a network failure). */
  serverUnreachable: boolean;
}

/**
 * Ephemeral UI only: whether the console can reach its server, so the shell
 * says so once and the header marks its figures as last known. Set by the
 * query client's caches (every request's outcome) and the browser's
 * online/offline events.
 */
export const useConnection = create<ConnectionState>()(() => ({ browserOffline: false, serverUnreachable: false }));

export function setServerReachable(reachable: boolean): void {
  if (useConnection.getState().serverUnreachable === reachable)
    useConnection.setState({ serverUnreachable: !reachable });
}

export function setBrowserOffline(offline: boolean): void {
  useConnection.setState({ browserOffline: offline });
}

/** True while what the console shows may be out of date because the server cannot be reached. */
export function useCutOff(): boolean {
  return useConnection((state) => state.browserOffline || state.serverUnreachable);
}
