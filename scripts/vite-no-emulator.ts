import type { Plugin } from 'vite';

const STUB_ID = '\0hafan-no-emulator';

/**
 * Production builds must not ship the WebXR emulator: @pmndrs/xr lazily imports its own
 * emulate.js (iwer, its dev UI and its multi-megabyte synthetic rooms) even when `emulate` is off.
 * Here that import, and iwer itself, resolve to a stub that refuses to run.
 */
export function noEmulator(): Plugin {
  return {
    name: 'hafan-no-emulator',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromXr = importer?.includes('@pmndrs/xr') && /\/emulate(\.js)?$/.test(source);
      if (fromXr || /^(iwer|@iwer\/devui|@iwer\/sem)$/.test(source)) return STUB_ID;
      return null;
    },
    load(id) {
      if (id !== STUB_ID) return null;
      return (
        'const refuse = () => { throw new Error("The WebXR emulator is not part of production builds"); };\n' +
        'export const emulate = refuse;\nexport const XRDevice = refuse;\nexport const metaQuest3 = {};\n'
      );
    },
  };
}
