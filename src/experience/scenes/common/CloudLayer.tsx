import { BufferGeometry, Float32BufferAttribute, ShaderMaterial, Vector3 } from 'three';
import type { IUniform } from 'three';
import { skyDirection } from './skyUniforms.ts';
import { useDisposable } from './useDisposable.ts';

/** Inside the sky dome (900 m), beyond everything else. */
const CLOUD_RADIUS_M = 700;

/** One cloud in the sky, in degrees: where its centre is, how wide and tall, and how opaque. */
export interface CloudSpec {
  azimuth: number;
  elevation: number;
  width: number;
  height: number;
  opacity: number;
}

/** Compact tables for scenes: [azimuth, elevation, width, height, opacity]. */
export function cloudSpecs(
  rows: readonly (readonly [number, number, number, number, number])[],
): CloudSpec[] {
  return rows.map(([azimuth, elevation, width, height, opacity]) => ({
    azimuth,
    elevation,
    width,
    height,
    opacity,
  }));
}

const DEG = Math.PI / 180;

/**
 * Every cloud as a quad facing the viewer, merged into one geometry (one draw call). Each vertex
 * carries `aCorner` (-1..1 across its quad) and `aShape` (x: a seed for the cloud's outline,
 * y: its opacity), which the scene's cloud shader reads.
 */
export function createCloudGeometry(
  clouds: readonly CloudSpec[],
  seedStep: number,
): BufferGeometry {
  const positions: number[] = [];
  const corners: number[] = [];
  const shapes: number[] = [];
  const indices: number[] = [];
  const centre = new Vector3();
  const right = new Vector3();
  const up = new Vector3();
  clouds.forEach(({ azimuth, elevation, width, height, opacity }, i) => {
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
      shapes.push(i * seedStep, opacity);
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

export interface CloudLayerProps {
  clouds: readonly CloudSpec[];
  /** How far apart the clouds' outline seeds are, so no two look alike. */
  seedStep?: number;
  /** The look of this sky's clouds: shaders reading aCorner and aShape (see above). */
  vertexShader: string;
  fragmentShader: string;
  uniforms: Record<string, IUniform>;
  /** True when the fragment shader writes premultiplied colour. */
  premultipliedAlpha?: boolean;
}

/** A scene's clouds: one transparent draw call behind everything but the sky. */
export function CloudLayer({
  clouds,
  seedStep = 1.7,
  vertexShader,
  fragmentShader,
  uniforms,
  premultipliedAlpha = false,
}: CloudLayerProps) {
  const geometry = useDisposable(() => createCloudGeometry(clouds, seedStep));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms },
        vertexShader,
        fragmentShader,
        transparent: true,
        premultipliedAlpha,
        depthWrite: false,
      }),
  );
  return <mesh geometry={geometry} material={material} renderOrder={-999} frustumCulled={false} />;
}
