import type { SkyPalette } from '../common/skyUniforms.ts';

/** A soft summer afternoon: hazy blue overhead, pale gold toward a sun high behind the hedges. */
export const TEA_SKY: SkyPalette = {
  zenith: '#5f8cc0',
  upper: '#8fb2d6',
  low: '#d8e2e6',
  horizonSunward: '#f1e2c4',
  horizonAway: '#cfdbe2',
  glow: '#ffe6b0',
  glowStrength: 0.35,
  sun: '#fff4dc',
  sunIntensity: 2,
  sunAzimuthDeg: 140,
  sunElevationDeg: 38,
  sunRadiusDeg: 1.2,
  hazeDistance: 420,
};

export const TEA_COLORS = {
  lawnNear: '#6f9a4e',
  lawnFar: '#5b7f48',
  lawnLight: '#f2f0dc',
  sunPool: '#fff0c8',
  cloth: '#f6efe4',
  clothHem: '#e6c9c0',
  chair: '#f2ede4',
  china: '#fbf8f2',
  chinaBand: '#7ea0c8',
  teapot: '#e7a9a0',
  cake: '#f3d2a8',
  icing: '#fff3f0',
  hedge: '#3f6a3c',
  trunk: '#6b5340',
  canopy: '#4f7f45',
  pond: '#3b5a66',
  flowers: ['#f4a7b9', '#f7d488', '#c7a6e0', '#fffaf0', '#f28c7a'],
} as const;
