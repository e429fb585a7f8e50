import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { Vector2 } from 'three';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { LakeWater } from './LakeWater.tsx';
import { Landscape } from './Landscape.tsx';
import { auroraManifest } from './manifest.ts';
import { NightSky } from './NightSky.tsx';
import { NIGHT_LIGHT } from './nightPalette.ts';
import { AURORA_LIGHT_FULL, createNightUniforms } from './nightUniforms.ts';
import { Pines } from './Pines.tsx';
import { Stars } from './Stars.tsx';

/** Brightness of the lights at empty and at full lungs; steady when the guide is hidden. */
const AURORA_BREATH = [0.42, 1.0] as const;
const AURORA_RESTING = 0.68;
/** How high the curtains reach at empty and full lungs (they stretch up on the in-breath). */
const AURORA_REACH = [0.88, 1.12] as const;
/** Fastest the brightness may change per second, so a jump (Begin, a hidden guide) eases. */
const MAX_RATE = 0.6;
const TAU = Math.PI * 2;
/** Angular speeds (rad/s) of the lake's ripple trains: slow, a few centimetres a second. */
const RIPPLE_SPEEDS = [0.55, 0.7, 0.95] as const;
/**
 * Drawing-buffer height at which the stars are drawn at their nominal pixel size: in a Quest's
 * eye buffer they are then a few pixels across, points of light rather than dots.
 */
const STAR_REFERENCE_HEIGHT = 1000;

/**
 * Northern lights over a still lake at night. The breathing guide is the sky itself: the lights
 * brighten and reach higher on the in-breath and settle on the out-breath, mirrored in the water.
 */
export default function AuroraScene({ frame }: SceneProps) {
  const [uniforms] = useState(createNightUniforms);
  const [clock] = useState(createAmbientClock);
  const [state] = useState(() => ({ glow: Number.NaN, buffer: new Vector2() }));
  useSceneFog(auroraManifest.horizonColor, 80, 900);

  useFrame(({ gl }, delta) => {
    const t = advanceAmbientClock(clock, frame.elapsedMs, delta);
    uniforms.uTime.value = t;
    const phases = uniforms.uRipplePhase.value;
    phases.set(
      (t * RIPPLE_SPEEDS[0]) % TAU,
      (t * RIPPLE_SPEEDS[1]) % TAU,
      (t * RIPPLE_SPEEDS[2]) % TAU,
    );
    const fill = frame.breath.fill;
    const target = frame.guideVisible
      ? AURORA_BREATH[0] + (AURORA_BREATH[1] - AURORA_BREATH[0]) * fill
      : AURORA_RESTING;
    if (Number.isNaN(state.glow)) {
      // First frame: start where the breath is (a frozen preview shows exactly this moment).
      state.glow = target;
    } else {
      const step = MAX_RATE * Math.min(delta, 0.1);
      state.glow += Math.max(-step, Math.min(step, target - state.glow));
    }
    const glow = state.glow;
    const share = (glow - AURORA_BREATH[0]) / (AURORA_BREATH[1] - AURORA_BREATH[0]);
    uniforms.uAuroraGlow.value = glow;
    uniforms.uAuroraReach.value = AURORA_REACH[0] + (AURORA_REACH[1] - AURORA_REACH[0]) * share;
    uniforms.uAuroraLight.value.copy(AURORA_LIGHT_FULL).multiplyScalar(glow);
    gl.getDrawingBufferSize(state.buffer);
    uniforms.uPixelScale.value = Math.min(2.5, Math.max(1, state.buffer.y / STAR_REFERENCE_HEIGHT));
  });

  return (
    <>
      {/* The scene's shaders light themselves; this lights the resident's controllers and hands. */}
      <hemisphereLight args={[NIGHT_LIGHT.sky.color, NIGHT_LIGHT.ground.color, 1.4]} />
      <NightSky uniforms={uniforms} />
      <Stars uniforms={uniforms} />
      <Landscape uniforms={uniforms} />
      <LakeWater uniforms={uniforms} />
      <Pines uniforms={uniforms} />
    </>
  );
}
