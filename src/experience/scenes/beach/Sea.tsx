import { Float32BufferAttribute, ShaderMaterial } from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { SWASH_M } from './beachUniforms.ts';
import type { BeachUniforms } from './beachUniforms.ts';
import { SEA_FRAGMENT, SEA_VERTEX } from './sea.glsl.ts';
import { SEA_LEVEL, groundHeight } from './terrain.ts';

/** Sea triangles whose ground is always this far above the highest water are never seen. */
const DRY_MARGIN_M = 0.15;

/** A fan of water in front of the viewer; each vertex knows the ground under it (`aGround`). */
function createSeaGeometry() {
  const highest = SEA_LEVEL + SWASH_M * 1.2 + DRY_MARGIN_M;
  const geometry = createPolarGrid({
    innerRadius: 1.2,
    outerRadius: 1500,
    rings: 120,
    segments: 190,
    startAngle: -2,
    endAngle: 2,
    keepTriangle: (a, b, c, p) =>
      Math.min(
        groundHeight(p[a * 3]!, p[a * 3 + 2]!),
        groundHeight(p[b * 3]!, p[b * 3 + 2]!),
        groundHeight(p[c * 3]!, p[c * 3 + 2]!),
      ) < highest,
  });
  const position = geometry.getAttribute('position');
  const ground = new Float32Array(position.count);
  for (let i = 0; i < position.count; i++) {
    ground[i] = groundHeight(position.getX(i), position.getZ(i));
  }
  geometry.setAttribute('aGround', new Float32BufferAttribute(ground, 1));
  return geometry;
}

/** The sea: waves in the vertex shader, sky reflection, sun glitter and foam in the fragment. */
export function Sea({ uniforms }: { uniforms: BeachUniforms }) {
  const geometry = useDisposable(createSeaGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: SEA_VERTEX,
        fragmentShader: SEA_FRAGMENT,
      }),
  );
  // Waves move the surface in the shader, so three's bounds cannot be trusted for culling.
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
