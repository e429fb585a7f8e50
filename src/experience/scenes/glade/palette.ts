import type { SkyPalette } from '../common/skyUniforms.ts';

/**
 * Every colour of the woodland glade, in one place (sRGB hex). Tuned by eye through three's ACES
 * tone mapping: a soft summer sky, a high sun ahead and to the left, and green-gold haze between
 * the trunks where the wood goes on into the distance.
 */
export const GLADE_SKY: SkyPalette = {
  zenith: '#5d8cc0',
  upper: '#9dbfd9',
  low: '#d5e2cf',
  horizonSunward: '#d9d6a4',
  horizonAway: '#b3c094',
  glow: '#fff0c0',
  glowStrength: 0.55,
  sun: '#fff4da',
  sunIntensity: 3,
  sunAzimuthDeg: -32,
  sunElevationDeg: 46,
  sunRadiusDeg: 1.3,
  hazeDistance: 60,
};

export const GLADE_COLORS = {
  meadow: '#6b8c3a',
  meadowDry: '#a3a85a',
  moss: '#56692f',
  leafLitter: '#6c5a3c',
  bark: '#5f554b',
  barkOak: '#4f443a',
  birch: '#d8d2c4',
  leaves: '#58802f',
  leavesLight: '#7fa23a',
  leavesDark: '#3f6429',
  /** Leaves lit from behind: the glow of sun through them. */
  leafGlow: '#d6e66a',
  bush: '#3f6128',
  grass: '#7ba23e',
  fern: '#5d8c2c',
  flowerWhite: '#f6f2e4',
  flowerYellow: '#f4c21c',
  flowerBlue: '#7f72e0',
  flowerPink: '#e2689a',
  flowerCentre: '#f0c040',
  stem: '#4f7a2a',
  pollen: '#fff1c4',
  shaft: '#fff0c2',
  orbCore: '#fff6dc',
  orbGlow: '#ffd27a',
} as const;

/** Light on everything, as colour and strength: the sky above, the green bounce, the sun. */
export const GLADE_LIGHT = {
  sky: { color: '#b4c9d2', intensity: 0.55 },
  ground: { color: '#6d7c43', intensity: 0.35 },
  sun: { color: '#ffe2a8', intensity: 1.2 },
} as const;
