import {
  BufferGeometry,
  DoubleSide,
  Float32BufferAttribute,
  InstancedMesh,
  Matrix4,
  Quaternion,
  ShaderMaterial,
  Vector3,
} from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { seededRandom } from '../common/seededRandom.ts';
import { pines } from './lakeland.ts';
import type { NightUniforms } from './nightUniforms.ts';
import { PINES_FRAGMENT, PINES_VERTEX } from './pines.glsl.ts';

/** Tiers of boughs, and the sides of each (the silhouette's ragged edge comes from jitter). */
const TIERS = 4;
const SIDES = 7;

/**
 * One spruce-like pine, 1 m tall with a 1 m widest radius (scaled per instance): stacked,
 * overlapping cones of boughs with ragged rims, on a short trunk. 34 triangles.
 */
function createPineGeometry(): BufferGeometry {
  const rand = seededRandom(23);
  const positions: number[] = [];
  const indices: number[] = [];
  for (let t = 0; t < TIERS; t++) {
    const bottom = 0.1 + t * 0.2;
    const top = t === TIERS - 1 ? 1 : bottom + 0.42;
    const radius = 1 - t * 0.23;
    const apex = positions.length / 3;
    positions.push(0, top, 0);
    for (let s = 0; s < SIDES; s++) {
      const a = ((s + rand() * 0.5) / SIDES) * Math.PI * 2;
      const r = radius * (0.8 + rand() * 0.35);
      // Bough tips droop a little below the tier's base.
      positions.push(Math.cos(a) * r, bottom - rand() * 0.05, Math.sin(a) * r);
    }
    for (let s = 0; s < SIDES; s++) {
      indices.push(apex, apex + 1 + ((s + 1) % SIDES), apex + 1 + s);
    }
  }
  // A three-sided trunk under the lowest boughs.
  const trunk = positions.length / 3;
  for (let s = 0; s < 3; s++) {
    const a = (s / 3) * Math.PI * 2;
    positions.push(
      Math.cos(a) * 0.07,
      0,
      Math.sin(a) * 0.07,
      Math.cos(a) * 0.05,
      0.2,
      Math.sin(a) * 0.05,
    );
  }
  for (let s = 0; s < 3; s++) {
    const a = trunk + s * 2;
    const b = trunk + ((s + 1) % 3) * 2;
    indices.push(a, b, a + 1, b, b + 1, a + 1);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}

/** Every pine round the lake: one InstancedMesh, one draw call. */
export function Pines({ uniforms }: { uniforms: NightUniforms }) {
  const geometry = useDisposable(createPineGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: PINES_VERTEX,
        fragmentShader: PINES_FRAGMENT,
        side: DoubleSide,
      }),
  );
  const mesh = useDisposable(() => {
    const all = pines();
    const instanced = new InstancedMesh(geometry, material, all.length);
    const m = new Matrix4();
    const q = new Quaternion();
    const up = new Vector3(0, 1, 0);
    const at = new Vector3();
    const scale = new Vector3();
    all.forEach((p, i) => {
      q.setFromAxisAngle(up, p.turn);
      instanced.setMatrixAt(
        i,
        m.compose(at.set(p.x, p.y, p.z), q, scale.set(p.radius, p.height, p.radius)),
      );
    });
    instanced.instanceMatrix.needsUpdate = true;
    return instanced;
  });
  return <primitive object={mesh} frustumCulled={false} />;
}
