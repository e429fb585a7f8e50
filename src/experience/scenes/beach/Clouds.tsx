import { BufferGeometry, Float32BufferAttribute, ShaderMaterial, Vector3 } from 'three';
import { skyDirection } from '../common/skyUniforms.ts';
import { useDisposable } from '../common/useDisposable.ts';
import type { BeachUniforms } from './beachUniforms.ts';
import { CLOUDS_FRAGMENT, CLOUDS_VERTEX } from './clouds.glsl.ts';

/** Inside the sky dome (900 m), beyond everything else. */
const CLOUD_RADIUS_M = 700;

/** Azimuth and elevation of each cloud's centre, its angular width and height, and opacity. */
const CLOUDS: readonly (readonly [number, number, number, number, number])[] = [
  [2, 6.6, 44, 3.6, 0.75],
  [36, 10, 30, 4, 0.65],
  [-30, 12, 34, 7, 0.7],
  [-62, 8, 26, 5, 0.65],
  [66, 16, 30, 8, 0.55],
  [-6, 22, 42, 10, 0.5],
  [105, 9.5, 34, 5.5, 0.6],
  [160, 14, 42, 9, 0.55],
  [-135, 11, 38, 8, 0.55],
];

/** Every cloud as a quad facing the viewer, merged into one geometry (one draw call). */
function createCloudGeometry(): BufferGeometry {
  const positions: number[] = [];
  const corners: number[] = [];
  const shapes: number[] = [];
  const indices: number[] = [];
  const centre = new Vector3();
  const right = new Vector3();
  const up = new Vector3();
  const DEG = Math.PI / 180;
  CLOUDS.forEach(([azimuth, elevation, width, height, opacity], i) => {
    skyDirection(azimuth, elevation, centre);
    right.set(Math.cos(azimuth * DEG), 0, Math.sin(azimuth * DEG));
    up.crossVectors(right, centre).normalize();
    const halfW = CLOUD_RADIUS_M * Math.tan((width * DEG) / 2);
    const halfH = CLOUD_RADIUS_M * Math.tan((height * DEG) / 2);
    for (const [cx, cy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      positions.push(
        centre.x * CLOUD_RADIUS_M + right.x * cx * halfW + up.x * cy * halfH,
        centre.y * CLOUD_RADIUS_M + right.y * cx * halfW + up.y * cy * halfH,
        centre.z * CLOUD_RADIUS_M + right.z * cx * halfW + up.z * cy * halfH,
      );
      corners.push(cx, cy);
      shapes.push(i * 1.7, opacity);
    }
    const base = i * 4;
    indices.push(base, base + 1, base + 2, base + 2, base + 1, base + 3);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aCorner', new Float32BufferAttribute(corners, 2));
  geometry.setAttribute('aShape', new Float32BufferAttribute(shapes, 2));
  geometry.setIndex(indices);
  return geometry;
}

/** A few long, soft sunset clouds lit from below, drifting very slowly. */
export function Clouds({ uniforms }: { uniforms: BeachUniforms }) {
  const geometry = useDisposable(createCloudGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader: CLOUDS_VERTEX,
        fragmentShader: CLOUDS_FRAGMENT,
        transparent: true,
        depthWrite: false,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-999} frustumCulled={false} />;
}
