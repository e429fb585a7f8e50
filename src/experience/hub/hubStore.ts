import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LinkState } from '../../core/protocol/hubLink.ts';
import type { SessionPlan } from '../../core/schemas/sessionPlan.ts';

/** What the resident app shows about the hub: the plan staff prepared, and the link's state. */
export interface HeadsetHubState {
  link: LinkState | 'off';
  /** A session staff prepared: the headset shows "Ready — press to begin". */
  prepared: SessionPlan | null;
}

export const headsetHubStore = createStore<HeadsetHubState>(() => ({
  link: 'off',
  prepared: null,
}));

export function useHeadsetHub<T>(selector: (s: HeadsetHubState) => T): T {
  return useStore(headsetHubStore, selector);
}
