import { BufferGeometry, Color, Float32BufferAttribute, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { DISTANT_WOOD_FRAGMENT, DISTANT_WOOD_VERTEX } from './distantWood.glsl.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { GLADE_COLORS } from './palette.ts';
import { groundHeight } from './terrain.ts';

const SEGMENTS = 360;
const RADIUS_M = 46;

/** Height of the far canopy's crown against the sky, at an angle round the ring. */
function crownHeight(a: number): number {
  // Rounded crowns (the square root of |sin| bulges up and pinches down between them), of a few
  // sizes, rising and falling gently round the ring. Whole numbers keep the ring seamless.
  return (
    14.5 +
    2.5 * Math.sin(a * 3 + 1) +
    3 * Math.sqrt(Math.abs(Math.sin(a * 21))) +
    2 * Math.sqrt(Math.abs(Math.sin(a * 34 + 1)))
  );
}

/**
 * The wood going on beyond the modelled trees: a ring of rows of trunks under a canopy, drawn in
 * the shader and half lost in the haze. One draw call, a few hundred triangles.
 */
function createDistantWoodGeometry(): BufferGeometry {
  const positions: number[] = [];
  const wood: number[] = [];
  const indices: number[] = [];
  for (let s = 0; s <= SEGMENTS; s++) {
    const a = (s / SEGMENTS) * Math.PI * 2;
    const r = RADIUS_M + 5 * Math.sin(a * 3 + 0.7) + 2 * Math.sin(a * 8);
    const x = Math.sin(a) * r;
    const z = -Math.cos(a) * r;
    const ground = groundHeight(x, z) - 0.6;
    const top = crownHeight(a);
    const arc = a * RADIUS_M;
    positions.push(x, ground, z, x, ground + top, z);
    wood.push(arc, 0, arc, top + 0.6);
    if (s < SEGMENTS) {
      const i = s * 2;
      // Faces point in toward the viewer.
      indices.push(i, i + 2, i + 1, i + 1, i + 2, i + 3);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aWood', new Float32BufferAttribute(wood, 2));
  geometry.setIndex(indices);
  return geometry;
}

export function DistantWood({ uniforms }: { uniforms: GladeUniforms }) {
  const geometry = useDisposable(createDistantWoodGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          ...uniforms,
          uBark: { value: new Color(GLADE_COLORS.barkOak) },
          uLeaves: { value: new Color(GLADE_COLORS.leavesDark) },
        },
        vertexShader: DISTANT_WOOD_VERTEX,
        fragmentShader: DISTANT_WOOD_FRAGMENT,
      }),
  );
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
