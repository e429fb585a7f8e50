import type { IUniform } from 'three';
import { createSkyUniforms, type SkyPalette, type SkyUniforms } from '../common/skyUniforms.ts';

/** A clear, calm night: deep blue overhead, a faint glow low in the north, a dim moon behind. */
export const NIGHT_SKY: SkyPalette = {
  zenith: '#050a1c',
  upper: '#0b1631',
  low: '#17284a',
  horizonSunward: '#24345a',
  horizonAway: '#1b2a4a',
  glow: '#8fa3c8',
  glowStrength: 0.35,
  sun: '#f2efe2',
  sunIntensity: 1.4,
  sunAzimuthDeg: 58,
  sunElevationDeg: 24,
  sunRadiusDeg: 0.9,
  hazeDistance: 320,
};

export type AuroraUniforms = SkyUniforms & {
  uTime: IUniform<number>;
  /** Brightness of the lights: follows the breath when the guide is shown. */
  uAurora: IUniform<number>;
};

export function createAuroraUniforms(): AuroraUniforms {
  return { ...createSkyUniforms(NIGHT_SKY), uTime: { value: 0 }, uAurora: { value: 0.6 } };
}
