import type { SkyPalette } from '../common/skyUniforms.ts';

/** Dusk over the sea: the sun just set straight out to sea (-Z), violet overhead. */
export const CAMPFIRE_SKY: SkyPalette = {
  zenith: '#1f2850',
  upper: '#4b4d80',
  low: '#c98a8a',
  horizonSunward: '#f0a070',
  horizonAway: '#8a7a9a',
  glow: '#ff8a50',
  glowStrength: 0.55,
  sun: '#ff9a5a',
  sunIntensity: 1.6,
  sunAzimuthDeg: -8,
  sunElevationDeg: -1.2,
  sunRadiusDeg: 1.3,
  hazeDistance: 500,
};

export const CAMPFIRE_COLORS = {
  sandNear: '#b8987e',
  sandFar: '#8d7a7e',
  sandLight: '#d8c2c0',
  fireGlow: '#ff8a3a',
  deepWater: '#2a2f58',
  log: '#9a6e52',
  logEnd: '#c49a72',
  stone: '#9a8c8c',
  flameCore: '#fff0c0',
  flameEdge: '#ff7a2a',
  ember: '#ffb060',
  star: '#fff6e8',
} as const;
