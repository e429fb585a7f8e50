/// <reference types="vite/client" />

/** True in the e2e and development builds only: compiles in the WebXR emulator (iwer). */
declare const __HAFAN_EMULATOR__: boolean;
