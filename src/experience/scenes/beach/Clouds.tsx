import { CloudLayer, cloudSpecs } from '../common/CloudLayer.tsx';
import type { BeachUniforms } from './beachUniforms.ts';
import { CLOUDS_FRAGMENT, CLOUDS_VERTEX } from './clouds.glsl.ts';

/** Azimuth and elevation of each cloud's centre, its angular width and height, and opacity. */
const CLOUDS = cloudSpecs([
  [2, 6.6, 44, 3.6, 0.75],
  [36, 10, 30, 4, 0.65],
  [-30, 12, 34, 7, 0.7],
  [-62, 8, 26, 5, 0.65],
  [66, 16, 30, 8, 0.55],
  [-6, 22, 42, 10, 0.5],
  [105, 9.5, 34, 5.5, 0.6],
  [160, 14, 42, 9, 0.55],
  [-135, 11, 38, 8, 0.55],
]);

/** A few long, soft sunset clouds lit from below, drifting very slowly. */
export function Clouds({ uniforms }: { uniforms: BeachUniforms }) {
  return (
    <CloudLayer
      clouds={CLOUDS}
      vertexShader={CLOUDS_VERTEX}
      fragmentShader={CLOUDS_FRAGMENT}
      uniforms={uniforms}
    />
  );
}
