import { createXRStore } from '@react-three/xr';
import { chooseFrameRate, FOVEATION } from './frameRate.ts';

/**
 * The one XR store. Controller and hand models come from /profiles/ on our own server (see
 * scripts/vite-controller-profiles.ts): care homes are often offline. No session is offered
 * automatically; the resident presses one big Begin button.
 */
export const xrStore = createXRStore({
  offerSession: false,
  enterGrantedSession: false,
  emulate: false,
  baseAssetPath: new URL('/profiles/', window.location.href).href,
  frameRate: chooseFrameRate,
  foveation: FOVEATION,
  hand: { teleportPointer: false },
  controller: { teleportPointer: false },
});

export async function isImmersiveVrSupported(): Promise<boolean> {
  try {
    return (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false;
  } catch {
    return false;
  }
}
