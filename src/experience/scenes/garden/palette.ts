import type { SkyPalette } from '../common/skyUniforms.ts';

/**
 * Every colour of the walled garden, in one place (sRGB hex). A warm late-afternoon in summer:
 * a soft blue sky, the sun low behind the viewer's left shoulder lighting the old brick walls,
 * and cottage-garden borders of roses, lavender, foxgloves and hollyhocks.
 */
export const GARDEN_SKY: SkyPalette = {
  zenith: '#6a98c8',
  upper: '#a6c6df',
  low: '#e4e6d6',
  horizonSunward: '#f2e2bc',
  horizonAway: '#d9dccb',
  glow: '#fff0c8',
  glowStrength: 0.45,
  sun: '#fff4da',
  sunIntensity: 2.4,
  sunAzimuthDeg: -115,
  sunElevationDeg: 35,
  sunRadiusDeg: 1.3,
  hazeDistance: 180,
};

export const GARDEN_COLORS = {
  lawn: '#789a46',
  lawnStripe: '#86a852',
  gravel: '#d6c7a4',
  soil: '#5a4433',
  brick: '#a65a3e',
  brickDark: '#8a4632',
  brickLight: '#bf7552',
  mortar: '#cbbba0',
  coping: '#cdc3b0',
  stone: '#d8cfbd',
  water: '#6f9aa6',
  waterDeep: '#3f6a78',
  wood: '#8d7258',
  door: '#5d7a66',
  foliage: ['#4f7a32', '#5f8a3a', '#3f6a2c', '#6b9444', '#557f3c'],
  topiary: '#3b5e2c',
  canopy: ['#6f8f55', '#7d9a5e', '#66854c', '#8aa468'],
  flowers: ['#f5a0b6', '#ec6f8e', '#fff0dc', '#f8d070', '#d64a60', '#f6b8c8', '#b98ae0'],
  lavender: '#8e74c8',
  lavenderLeaf: '#7f9868',
  climbingRoses: ['#f08ca6', '#f5b0c0', '#e2677f', '#f7c08e'],
  spires: ['#8a7fd6', '#e59ac0', '#f4e6f0', '#c76aa0'],
  petal: '#f5a3b5',
  petalTip: '#ffe3e8',
  flowerHeart: '#f7c948',
  urn: '#cfc4ae',
  leaf: '#5b8a3c',
  cloudLit: '#fffaf0',
  cloudShade: '#b8c4d4',
  stem: '#5e7d46',
} as const;

/** Light on everything: the sky above, the lawn's green bounce, the low sun. */
export const GARDEN_LIGHT = {
  sky: { color: '#e2ecf2', ground: '#8a8a50', intensity: 1.15 },
  sun: { color: '#ffe2b4', intensity: 2.1, direction: [-0.742, 0.574, 0.346] },
} as const;
