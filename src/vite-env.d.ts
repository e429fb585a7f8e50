/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** True in the e2e and development builds only: compiles in the WebXR emulator (iwer). */
declare const __HAFAN_EMULATOR__: boolean;

/** Names this build (HAFAN_BUILD_ID at build time, else the package version). */
declare const __HAFAN_BUILD__: string;
