import { useEffect, useSyncExternalStore } from 'react';

// True once <XR> has connected the store to three's renderer. Before that the store's enterVR()
// rejects ("not connected to three.js"), so a press on "enter the headset" would do nothing: the
// canvas and its WebGL context can take a few seconds on a slow device.
let connected = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  connected = value;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Rendered inside <XR>: <XR> binds the renderer while rendering, so its children's effects run after. */
export function XrConnectedSignal(): null {
  useEffect(() => {
    set(true);
    return () => set(false);
  }, []);
  return null;
}

/** Whether a press can enter the headset now (the renderer is there to present to). */
export function useXrConnected(): boolean {
  return useSyncExternalStore(subscribe, () => connected);
}
