import { Color, Vector2, Vector3 } from 'three';
import type { IUniform } from 'three';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import type { SkyUniforms } from '../common/skyUniforms.ts';
import { GLADE_COLORS, GLADE_LIGHT, GLADE_SKY } from './palette.ts';

/** Every uniform the glade's shaders share, updated once a frame by GladeScene. */
export type GladeUniforms = SkyUniforms & {
  /** Ambient time in seconds (vertex shaders only: it grows large). */
  uTime: IUniform<number>;
  /** Phases in 0..2π for the drifting sun-flecks, wrapped on the CPU to stay precise. */
  uDapplePhase: IUniform<Vector2>;
  /** Strength of the sunlight through the canopy: rises a little on the in-breath. */
  uLightBoost: IUniform<number>;
  /** Brightness of the shafts of sun: part of the breathing guide, clearly brighter when full. */
  uShaftBoost: IUniform<number>;
  /** Centre and radius (metres) of the patch of ground the sun reaches through the clearing. */
  uLitCentre: IUniform<Vector2>;
  uLitRadius: IUniform<number>;
  uSkyLight: IUniform<Color>;
  uGroundLight: IUniform<Color>;
  uSunLight: IUniform<Color>;
  uLeafGlow: IUniform<Color>;
  uOrbPos: IUniform<Vector3>;
  uOrbLight: IUniform<number>;
  uOrbColor: IUniform<Color>;
};

function light({ color, intensity }: { color: string; intensity: number }): Color {
  return new Color(color).multiplyScalar(intensity);
}

export function createGladeUniforms(orbPosition: readonly [number, number, number]): GladeUniforms {
  return {
    ...createSkyUniforms(GLADE_SKY),
    uTime: { value: 0 },
    uDapplePhase: { value: new Vector2() },
    uLightBoost: { value: 1 },
    uShaftBoost: { value: 1 },
    uLitCentre: { value: new Vector2(2.2, 2.5) },
    uLitRadius: { value: 9.5 },
    uSkyLight: { value: light(GLADE_LIGHT.sky) },
    uGroundLight: { value: light(GLADE_LIGHT.ground) },
    uSunLight: { value: light(GLADE_LIGHT.sun) },
    uLeafGlow: { value: new Color(GLADE_COLORS.leafGlow) },
    uOrbPos: { value: new Vector3(...orbPosition) },
    uOrbLight: { value: 0 },
    uOrbColor: { value: new Color(GLADE_COLORS.orbGlow) },
  };
}
