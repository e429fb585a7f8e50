import { BufferGeometry, DoubleSide, Float32BufferAttribute, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { BeachUniforms } from './beachUniforms.ts';
import { BIRDS_FRAGMENT, BIRDS_VERTEX } from './birds.glsl.ts';

const BIRD_COUNT = 3;
/** Half a gull's wingspan, metres. */
const HALF_SPAN_M = 0.9;

/** Each bird is two thin wing triangles; the shader flies them. Six triangles in all. */
function createBirdGeometry(): BufferGeometry {
  const local: number[] = [];
  const bird: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i < BIRD_COUNT; i++) {
    // Nose, tail, left tip, right tip (x across, y up, z along the heading).
    local.push(0, 0, 0.18, 0, 0, -0.2, -HALF_SPAN_M, 0, -0.1, HALF_SPAN_M, 0, -0.1);
    bird.push(i, i, i, i);
    const b = i * 4;
    indices.push(b, b + 1, b + 2, b, b + 3, b + 1);
  }
  const geometry = new BufferGeometry();
  // Positions are computed in the shader; three still needs a position attribute to draw.
  geometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(local.length), 3));
  geometry.setAttribute('aLocal', new Float32BufferAttribute(local, 3));
  geometry.setAttribute('aBird', new Float32BufferAttribute(bird, 1));
  geometry.setIndex(indices);
  return geometry;
}

/** A few distant gulls wheeling slowly over the bay. */
export function Birds({ uniforms }: { uniforms: BeachUniforms }) {
  const geometry = useDisposable(createBirdGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: BIRDS_VERTEX,
        fragmentShader: BIRDS_FRAGMENT,
        side: DoubleSide,
      }),
  );
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
