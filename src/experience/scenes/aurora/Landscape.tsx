import { Color, Float32BufferAttribute, ShaderMaterial } from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { seededRandom } from '../common/seededRandom.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { LAND_RADIUS_M, WATER_LEVEL, beyondShore, groundHeight, smoothstep } from './lakeland.ts';
import { LANDSCAPE_VERTEX, landscapeFragment } from './landscape.glsl.ts';
import { NIGHT_COLORS } from './nightPalette.ts';
import type { NightUniforms } from './nightUniforms.ts';

/** Land triangles wholly this far below the water are never seen. */
const UNDERWATER_M = 0.3;

/** The bank, the shores and the hills round the lake: one mesh, coloured per vertex. */
function createLandGeometry() {
  const geometry = createPolarGrid({
    innerRadius: 0.4,
    outerRadius: LAND_RADIUS_M,
    rings: 72,
    segments: 200,
    fillCentre: true,
    height: groundHeight,
    keepTriangle: (a, b, c, p) =>
      Math.max(p[a * 3 + 1]!, p[b * 3 + 1]!, p[c * 3 + 1]!) > WATER_LEVEL - UNDERWATER_M,
  });
  geometry.computeVertexNormals();
  const position = geometry.getAttribute('position');
  const colors = new Float32Array(position.count * 3);
  const grass = new Color(NIGHT_COLORS.grass);
  const earth = new Color(NIGHT_COLORS.earth);
  const hill = new Color(NIGHT_COLORS.hill);
  const c = new Color();
  const rand = seededRandom(5);
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const z = position.getZ(i);
    const shore = beyondShore(x, z);
    const far = smoothstep(30, 220, Math.hypot(x, z));
    c.copy(earth).lerp(grass, smoothstep(0.4, 2.5, shore));
    c.lerp(hill, far).multiplyScalar(0.85 + 0.3 * rand());
    colors.set([c.r, c.g, c.b], i * 3);
  }
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

export function Landscape({ uniforms }: { uniforms: NightUniforms }) {
  const geometry = useDisposable(createLandGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: LANDSCAPE_VERTEX,
        fragmentShader: landscapeFragment(WATER_LEVEL),
        vertexColors: true,
        dithering: true,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}
