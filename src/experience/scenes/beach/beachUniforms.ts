import { Color, Vector3 } from 'three';
import type { IUniform } from 'three';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import type { SkyUniforms } from '../common/skyUniforms.ts';
import { BEACH_COLORS, BEACH_LIGHT, BEACH_SKY } from './palette.ts';
import { SEA_LEVEL } from './terrain.ts';

/** How far (metres of height) the swash rises and falls about the mean sea level. */
export const SWASH_M = 0.028;

/** Every uniform the beach's shaders share, updated once a frame by BeachScene. */
export type BeachUniforms = SkyUniforms & {
  /** Ambient time in seconds (vertex shaders only: it grows large). */
  uTime: IUniform<number>;
  /** Phases in 0..2π for fragment-shader patterns, wrapped on the CPU to stay precise. */
  uLacePhase: IUniform<number>;
  uRipplePhase: IUniform<Vector3>;
  uSeaLevel: IUniform<number>;
  /** Highest the swash reaches: the sand below it is wet. */
  uWetLine: IUniform<number>;
  uWaveHeight: IUniform<number>;
  uOrbPos: IUniform<Vector3>;
  uOrbLight: IUniform<number>;
  uOrbColor: IUniform<Color>;
  uSkyLight: IUniform<Color>;
  uGroundLight: IUniform<Color>;
  uSunLight: IUniform<Color>;
  uFoamColor: IUniform<Color>;
  uGlitterColor: IUniform<Color>;
  uDeepWater: IUniform<Color>;
  uShallowWater: IUniform<Color>;
  uCloudLit: IUniform<Color>;
  uCloudShade: IUniform<Color>;
  uBirdColor: IUniform<Color>;
};

function light({ color, intensity }: { color: string; intensity: number }): Color {
  return new Color(color).multiplyScalar(intensity);
}

export function createBeachUniforms(orbPosition: readonly [number, number, number]): BeachUniforms {
  return {
    ...createSkyUniforms(BEACH_SKY),
    uTime: { value: 0 },
    uLacePhase: { value: 0 },
    uRipplePhase: { value: new Vector3() },
    uSeaLevel: { value: SEA_LEVEL },
    uWetLine: { value: SEA_LEVEL + SWASH_M * 1.15 },
    uWaveHeight: { value: 1 },
    uOrbPos: { value: new Vector3(...orbPosition) },
    uOrbLight: { value: 0 },
    uOrbColor: { value: new Color(BEACH_COLORS.orbGlow) },
    uSkyLight: { value: light(BEACH_LIGHT.sky) },
    uGroundLight: { value: light(BEACH_LIGHT.ground) },
    uSunLight: { value: light(BEACH_LIGHT.sun) },
    uFoamColor: { value: new Color(BEACH_COLORS.foam) },
    uGlitterColor: { value: new Color(BEACH_COLORS.glitter) },
    uDeepWater: { value: new Color(BEACH_COLORS.deepWater) },
    uShallowWater: { value: new Color(BEACH_COLORS.shallowWater) },
    uCloudLit: { value: new Color(BEACH_COLORS.cloudLit) },
    uCloudShade: { value: new Color(BEACH_COLORS.cloudShade) },
    uBirdColor: { value: new Color(BEACH_COLORS.bird) },
  };
}
