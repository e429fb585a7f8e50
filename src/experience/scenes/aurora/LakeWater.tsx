import {
  ClampToEdgeWrapping,
  DataTexture,
  LinearFilter,
  RGBAFormat,
  RepeatWrapping,
  ShaderMaterial,
  UnsignedByteType,
} from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { useDisposable } from '../common/useDisposable.ts';
import { SEATED_EYE_HEIGHT } from '../../xr/comfort.ts';
import {
  HORIZON_BINS,
  HORIZON_SIN_MAX,
  HORIZON_SIN_MIN,
  LAND_RADIUS_M,
  WATER_LEVEL,
  groundHeight,
  horizonProfile,
} from './lakeland.ts';
import { LAKE_FRAGMENT, LAKE_VERTEX } from './lakeWater.glsl.ts';
import { NIGHT_SKY } from './nightPalette.ts';
import type { NightUniforms } from './nightUniforms.ts';

/** Water triangles whose ground is wholly this far above the water are never seen. */
const DRY_M = 0.3;

function createLakeGeometry() {
  const geometry = createPolarGrid({
    innerRadius: 2,
    outerRadius: LAND_RADIUS_M,
    rings: 64,
    segments: 160,
    startAngle: -1.75,
    endAngle: 1.75,
    height: () => WATER_LEVEL,
    keepTriangle: (a, b, c, p) =>
      Math.min(
        groundHeight(p[a * 3]!, p[a * 3 + 2]!),
        groundHeight(p[b * 3]!, p[b * 3 + 2]!),
        groundHeight(p[c * 3]!, p[c * 3 + 2]!),
      ) <
      WATER_LEVEL + DRY_M,
  });
  return geometry;
}

/** The shores' silhouettes in the mirror, one texel per direction round the viewer. */
function createHorizonTexture(): DataTexture {
  const profile = horizonProfile(SEATED_EYE_HEIGHT - WATER_LEVEL);
  const data = new Uint8Array(HORIZON_BINS * 4);
  const toByte = (s: number) =>
    Math.round(
      Math.min(1, Math.max(0, (s - HORIZON_SIN_MIN) / (HORIZON_SIN_MAX - HORIZON_SIN_MIN))) * 255,
    );
  for (let i = 0; i < HORIZON_BINS; i++) {
    data[i * 4] = toByte(profile.near[i]!);
    data[i * 4 + 1] = toByte(profile.far[i]!);
    data[i * 4 + 2] = Math.round(
      (1 - Math.exp(-profile.nearDistance[i]! / NIGHT_SKY.hazeDistance)) * 255,
    );
    data[i * 4 + 3] = 255;
  }
  const texture = new DataTexture(data, HORIZON_BINS, 1, RGBAFormat, UnsignedByteType);
  texture.wrapS = RepeatWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

/** The lake: from the water's edge ahead out to the far shore. */
export function LakeWater({ uniforms }: { uniforms: NightUniforms }) {
  const geometry = useDisposable(createLakeGeometry);
  const horizon = useDisposable(createHorizonTexture);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { ...uniforms, uHorizon: { value: horizon } },
        vertexShader: LAKE_VERTEX,
        fragmentShader: LAKE_FRAGMENT,
        dithering: true,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}
