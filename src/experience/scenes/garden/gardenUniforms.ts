import type { IUniform } from 'three';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import type { SkyUniforms } from '../common/skyUniforms.ts';
import { GARDEN_SKY } from './palette.ts';

/** The uniforms the garden's own shaders share, updated once a frame by GardenScene. */
export type GardenUniforms = SkyUniforms & {
  /** Ambient time in seconds, wrapped so it stays precise in the shaders. */
  uTime: IUniform<number>;
  /** How open the breathing flower is: 0 a loose bud (empty lungs) .. 1 wide open (full). */
  uOpen: IUniform<number>;
};

export function createGardenUniforms(): GardenUniforms {
  return { ...createSkyUniforms(GARDEN_SKY), uTime: { value: 0 }, uOpen: { value: 0.5 } };
}
