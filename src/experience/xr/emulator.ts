import type { XRDevice } from 'iwer';

declare global {
  interface Window {
    /** Test builds only: the emulated headset, driven by the browser tests. */
    __hafanXR?: { device: XRDevice };
  }
}

/**
 * Installs iwer's emulated Meta Quest 3 as navigator.xr. Compiled into the e2e/dev builds only
 * (guarded by __HAFAN_EMULATOR__) and loaded lazily, so production never ships it.
 */
export async function installEmulator(): Promise<void> {
  const { XRDevice, metaQuest3 } = await import('iwer');
  const device = new XRDevice(metaQuest3);
  device.installRuntime({ forceInstall: true });
  device.position.set(0, 1.15, 0);
  window.__hafanXR = { device };
}
