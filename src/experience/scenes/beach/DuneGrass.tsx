import { BufferGeometry, Color, DoubleSide, Float32BufferAttribute, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { BeachUniforms } from './beachUniforms.ts';
import { GRASS_FRAGMENT, GRASS_VERTEX } from './grass.glsl.ts';
import { BEACH_COLORS } from './palette.ts';
import { groundHeight, landward } from './terrain.ts';
import { seededRandom } from '../common/seededRandom.ts';

const TUFTS = 900;
const BLADES_PER_TUFT = 4;

/** Marram grass in clumps on the dunes behind and beside the viewer: thin triangles, one mesh. */
function createGrassGeometry(): BufferGeometry {
  const rand = seededRandom(7);
  const positions: number[] = [];
  const tips: number[] = [];
  const colors: number[] = [];
  const base = new Color(BEACH_COLORS.duneGrass);
  const c = new Color();
  let placed = 0;
  for (let attempt = 0; placed < TUFTS && attempt < TUFTS * 20; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 7 + Math.pow(rand(), 1.6) * 80;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const u = landward(x, z);
    // Only on the dunes, and in clumps.
    const clump = Math.sin(x * 0.23 + Math.sin(z * 0.19) * 2) * Math.sin(z * 0.31 - x * 0.07);
    if (u < 9 + rand() * 12 || clump < 0.05) continue;
    placed++;
    const y = groundHeight(x, z) - 0.02;
    const height = 0.35 + rand() * 0.45;
    c.copy(base).multiplyScalar(0.75 + rand() * 0.4);
    for (let b = 0; b < BLADES_PER_TUFT; b++) {
      const lean = rand() * Math.PI * 2;
      const reach = 0.12 + rand() * 0.18;
      const side = rand() * Math.PI * 2;
      const w = 0.025;
      positions.push(
        x + Math.cos(side) * w,
        y,
        z + Math.sin(side) * w,
        x - Math.cos(side) * w,
        y,
        z - Math.sin(side) * w,
        x + Math.cos(lean) * reach,
        y + height * (0.8 + rand() * 0.3),
        z + Math.sin(lean) * reach,
      );
      tips.push(0, 0, 1);
      for (let k = 0; k < 3; k++) colors.push(c.r, c.g, c.b);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aTip', new Float32BufferAttribute(tips, 1));
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

export function DuneGrass({ uniforms }: { uniforms: BeachUniforms }) {
  const geometry = useDisposable(createGrassGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: GRASS_VERTEX,
        fragmentShader: GRASS_FRAGMENT,
        vertexColors: true,
        side: DoubleSide,
      }),
  );
  // The blades sway in the shader; a little beyond three's bounds is harmless.
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
