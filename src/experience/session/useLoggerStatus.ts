import { useEffect, useState } from 'react';
import { getLogger } from './logging.ts';

export interface LoggerStatus {
  unsent: number;
  error: string | null;
  sendNow: () => void;
}

/** The outbox's unsent count, for the thank-you screen and staff. Changes a few times a session. */
export function useLoggerStatus(): LoggerStatus {
  const [state, setState] = useState<{ unsent: number; error: string | null }>({
    unsent: 0,
    error: null,
  });
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void getLogger().then((l) => {
      if (!live) return;
      const update = () => setState({ unsent: l.unsent(), error: l.lastError() });
      update();
      unsubscribe = l.subscribe(update);
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, []);
  return {
    ...state,
    sendNow: () => void getLogger().then((l) => l.syncNow()),
  };
}
