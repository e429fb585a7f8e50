import { Color, Vector3 } from 'three';
import type { IUniform } from 'three';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import type { SkyUniforms } from '../common/skyUniforms.ts';
import { NIGHT_COLORS, NIGHT_LIGHT, NIGHT_SKY } from './nightPalette.ts';

/** Every uniform the night scene's shaders share, updated once a frame by AuroraScene. */
export type NightUniforms = SkyUniforms & {
  /** Ambient time in seconds: only ever multiplied by small rates (slow drifts, twinkles). */
  uTime: IUniform<number>;
  /** Brightness of the northern lights (follows the breath when the guide is shown). */
  uAuroraGlow: IUniform<number>;
  /** How high the curtains reach, about 1 (a little higher on the in-breath). */
  uAuroraReach: IUniform<number>;
  uAuroraEdge: IUniform<Color>;
  uAuroraBody: IUniform<Color>;
  uAuroraHigh: IUniform<Color>;
  /** Direction toward the sun in the moon's own frame (x right, y up, z toward the viewer). */
  uMoonPhase: IUniform<Vector3>;
  /** Phases (0..2π, wrapped on the CPU to stay precise) of the lake's three ripple trains. */
  uRipplePhase: IUniform<Vector3>;
  /** Star size scale: about 1 on a small screen, larger on a headset's dense display. */
  uPixelScale: IUniform<number>;
  uSkyLight: IUniform<Color>;
  uGroundLight: IUniform<Color>;
  uMoonLight: IUniform<Color>;
  /** The lights' glow on the land, scaled by their brightness each frame. */
  uAuroraLight: IUniform<Color>;
  uWater: IUniform<Color>;
  uReflectedLand: IUniform<Color>;
  uPine: IUniform<Color>;
};

function light({ color, intensity }: { color: string; intensity: number }): Color {
  return new Color(color).multiplyScalar(intensity);
}

/** The aurora's light on the land at full brightness (the uniform is this times the glow). */
export const AURORA_LIGHT_FULL = light(NIGHT_LIGHT.aurora);

export function createNightUniforms(): NightUniforms {
  return {
    ...createSkyUniforms(NIGHT_SKY),
    uTime: { value: 0 },
    uAuroraGlow: { value: 0.7 },
    uAuroraReach: { value: 1 },
    uAuroraEdge: { value: new Color(NIGHT_COLORS.auroraEdge) },
    uAuroraBody: { value: new Color(NIGHT_COLORS.auroraBody) },
    uAuroraHigh: { value: new Color(NIGHT_COLORS.auroraHigh) },
    // A thin waxing crescent: the sun has set below and to the right of the moon.
    uMoonPhase: { value: new Vector3(0.55, -0.42, -0.72).normalize() },
    uRipplePhase: { value: new Vector3() },
    uPixelScale: { value: 1 },
    uSkyLight: { value: light(NIGHT_LIGHT.sky) },
    uGroundLight: { value: light(NIGHT_LIGHT.ground) },
    uMoonLight: { value: light(NIGHT_LIGHT.moon) },
    uAuroraLight: { value: AURORA_LIGHT_FULL.clone().multiplyScalar(0.7) },
    uWater: { value: new Color(NIGHT_COLORS.water) },
    uReflectedLand: { value: new Color(NIGHT_COLORS.reflectedLand) },
    uPine: { value: new Color(NIGHT_COLORS.pine) },
  };
}
