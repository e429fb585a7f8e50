/// <reference types="vite/client" />

/** True in the e2e and development builds only: compiles in the WebXR emulator (iwer). */
declare const __HAFAN_EMULATOR__: boolean;

interface Window {
  /** Test and dev builds only (with ?emulate): renders an ambience bed offline. */
  __hafanRenderAmbience?: typeof import('./experience/audio/renderProbe.ts').renderAmbience;
}
