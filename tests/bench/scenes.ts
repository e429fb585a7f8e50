import fs from 'node:fs';
import path from 'node:path';

export interface BenchScene {
  id: string;
  /** The scene's ambience bed (for the audio figures), when known. */
  ambience: string | undefined;
  /** A shared social scene: measured full, with seven made-up people round it (and the viewer). */
  social?: boolean;
}

/** The preview page that shows `scene` as a resident sees it (social scenes full, from a seat). */
export function previewPath(scene: BenchScene): string {
  const people = scene.social ? '&people=7' : '';
  return `/?preview=${encodeURIComponent(scene.id)}${people}&stats=1`;
}

const SCENES_DIR = 'src/experience/scenes';
const REGISTRY = path.join(SCENES_DIR, 'registry.ts');

/**
 * The scenes of the registry, in its order. Importing it is cheap (scene code is lazy); should that
 * ever fail under tsx, the ids are read from the registry's manifest imports instead.
 */
export async function registryScenes(): Promise<{ scenes: BenchScene[]; via: string }> {
  try {
    const { SCENES, SOCIAL_SCENES } = await import('../../src/experience/scenes/registry.ts');
    return {
      scenes: [
        ...SCENES.map(({ manifest }) => ({ id: manifest.id, ambience: manifest.ambience })),
        ...SOCIAL_SCENES.map(({ manifest }) => ({
          id: manifest.id,
          ambience: manifest.ambience,
          social: true,
        })),
      ],
      via: 'import',
    };
  } catch (err) {
    console.warn(`Could not import ${REGISTRY} (${String(err)}); parsing it instead.`);
    return { scenes: parseRegistry(), via: 'parsed' };
  }
}

/** Reads scene ids without running the registry: its manifest imports, then each manifest's id. */
export function parseRegistry(file = REGISTRY): BenchScene[] {
  const source = fs.readFileSync(file, 'utf8');
  const imports = new Map<string, string>();
  for (const m of source.matchAll(
    /import\s*\{\s*(\w+)\s*\}\s*from\s*'([^']*manifest(?:\.ts)?)'/g,
  )) {
    imports.set(m[1]!, m[2]!);
  }
  const used = [...source.matchAll(/manifest:\s*(\w+)/g)].map((m) => m[1]!);
  const scenes: BenchScene[] = [];
  for (const name of used) {
    const rel = imports.get(name);
    if (!rel) continue;
    const manifest = fs.readFileSync(
      path.resolve(path.dirname(file), rel.replace(/(\.ts)?$/, '.ts')),
      'utf8',
    );
    const id = /\bid:\s*['"]([\w-]+)['"]/.exec(manifest)?.[1];
    const ambience = /\bambience:\s*['"]([\w-]+)['"]/.exec(manifest)?.[1];
    if (id) scenes.push({ id, ambience, social: /\bsocial:\s*\{/.test(manifest) });
  }
  if (scenes.length === 0) throw new Error(`found no scene in ${file}`);
  return scenes;
}
