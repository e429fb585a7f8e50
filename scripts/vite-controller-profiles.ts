import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Ships the WebXR controller and hand models with the app (under /profiles/), so pointers work
 * in a care home with no internet. @react-three/xr is pointed here with `baseAssetPath`.
 */
const SOURCE = 'node_modules/@webxr-input-profiles/assets/dist/profiles';
const PROFILES = [
  'generic-trigger',
  'generic-trigger-squeeze-thumbstick',
  'generic-hand',
  'oculus-touch-v2',
  'oculus-touch-v3',
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
];

function files(): { rel: string; abs: string }[] {
  const out = [{ rel: 'profilesList.json', abs: path.join(SOURCE, 'profilesList.json') }];
  for (const id of PROFILES) {
    for (const name of fs.readdirSync(path.join(SOURCE, id))) {
      out.push({ rel: `${id}/${name}`, abs: path.join(SOURCE, id, name) });
    }
  }
  return out;
}

export function controllerProfiles(): Plugin {
  return {
    name: 'hafan-controller-profiles',
    configureServer(server) {
      server.middlewares.use('/profiles/', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const hit = files().find((f) => f.rel === rel);
        if (!hit) return next();
        res.setHeader(
          'Content-Type',
          rel.endsWith('.json') ? 'application/json' : 'model/gltf-binary',
        );
        fs.createReadStream(hit.abs).pipe(res);
      });
    },
    generateBundle() {
      for (const f of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `profiles/${f.rel}`,
          source: fs.readFileSync(f.abs),
        });
      }
    },
  };
}
