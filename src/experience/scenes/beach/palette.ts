import type { SkyPalette } from '../common/skyUniforms.ts';

/**
 * Every colour of the beach at sunset, in one place (sRGB hex). Tuned by eye through three's
 * ACES tone mapping: gold and peach low down, soft rose, then dusk blue-violet overhead.
 */
export const BEACH_SKY: SkyPalette = {
  zenith: '#283463',
  upper: '#6c6c9e',
  low: '#e9a294',
  horizonSunward: '#e6975a',
  horizonAway: '#de968e',
  glow: '#ff7a30',
  glowStrength: 0.6,
  sun: '#ffa552',
  sunIntensity: 2.5,
  sunAzimuthDeg: 18,
  sunElevationDeg: 3.2,
  sunRadiusDeg: 1.4,
  hazeDistance: 600,
};

export const BEACH_COLORS = {
  drySand: '#d7bfa2',
  dampSand: '#b39a83',
  wrack: '#8c7664',
  duneGrass: '#7f7a55',
  rock: '#3a3550',
  headlandGrass: '#33364a',
  /** Water: the body colour seen straight down, and the sandy shallows. */
  deepWater: '#27305a',
  shallowWater: '#9a7d68',
  foam: '#fbeee4',
  /** Sun glitter on the water: warm, and a little brighter than white so it glints softly. */
  glitter: '#ffb266',
  cloudLit: '#ffb58a',
  cloudShade: '#a48aa8',
  bird: '#3b3344',
  orbCore: '#ffeccc',
  orbGlow: '#ffb466',
} as const;

/** Light on the land, as colour and strength: the sky above, the warm bounce, the low sun. */
export const BEACH_LIGHT = {
  sky: { color: '#e8c9bd', intensity: 1.1 },
  ground: { color: '#9a7466', intensity: 0.5 },
  sun: { color: '#ffb46e', intensity: 1 },
} as const;

/** Hemisphere light for any standard materials in the scene (the sand and sea use their own). */
export const BEACH_HEMISPHERE = { sky: '#c8a9c0', ground: '#7a5d50', intensity: 1.2 } as const;
