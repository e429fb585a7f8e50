import type { SkyPalette } from '../common/skyUniforms.ts';

/**
 * Every colour of the night by the lake, in one place (sRGB hex). Tuned by eye through three's
 * ACES tone mapping: a deep blue-violet sky, lighter toward the horizon so the hills stand out
 * as silhouettes, and a thin crescent moon low on the left.
 */
export const NIGHT_SKY: SkyPalette = {
  zenith: '#060a22',
  upper: '#0e1538',
  low: '#1f2758',
  horizonSunward: '#3a4276',
  horizonAway: '#2b3466',
  glow: '#7a86c0',
  glowStrength: 0.22,
  sun: '#f4efdc',
  sunIntensity: 1.15,
  sunAzimuthDeg: -52,
  sunElevationDeg: 13,
  sunRadiusDeg: 1.25,
  hazeDistance: 1100,
};

export const NIGHT_COLORS = {
  /** The aurora: the bright lower border, the body and the violet upper reach. */
  auroraEdge: '#3dffa0',
  auroraBody: '#1fd8b0',
  auroraHigh: '#7a52e0',
  /** Grass and heather on the bank, peaty earth at the water's edge, pines and far hills. */
  grass: '#3a4a3a',
  earth: '#2c2a30',
  hill: '#1c2230',
  pine: '#1a2624',
  /** The water body seen straight down, and the reflected land (darker than the land itself). */
  water: '#0c1428',
  reflectedLand: '#0a0f1c',
} as const;

/**
 * Light on the land, as colour and strength: the night sky above, the dark ground below, the
 * moon, and the aurora's green (scaled each frame by the lights' brightness).
 */
export const NIGHT_LIGHT = {
  sky: { color: '#5d6aa8', intensity: 0.5 },
  ground: { color: '#1a1c2a', intensity: 0.35 },
  moon: { color: '#c8cde0', intensity: 0.3 },
  aurora: { color: '#45e0a8', intensity: 0.55 },
} as const;
