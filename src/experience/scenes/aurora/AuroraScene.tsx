import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { GradientSky } from '../common/GradientSky.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { AuroraSky } from './AuroraSky.tsx';
import { createAuroraUniforms } from './auroraUniforms.ts';
import { Lake } from './Lake.tsx';
import { auroraManifest } from './manifest.ts';
import { Shore } from './Shore.tsx';

/** Brightness of the lights at empty and full lungs; steady when the guide is hidden. */
const AURORA_BREATH = [0.35, 1.0] as const;
const AURORA_RESTING = 0.6;
/** Fastest the brightness may change per second, so a jump (Begin, a hidden guide) eases. */
const MAX_RATE = 0.8;

/**
 * Northern lights over a still lake at night. The breathing guide is the sky itself: the lights
 * brighten on the in-breath and dim on the out-breath, mirrored in the water.
 */
export default function AuroraScene({ frame }: SceneProps) {
  const [uniforms] = useState(createAuroraUniforms);
  const [clock] = useState(createAmbientClock);
  useSceneFog(auroraManifest.horizonColor, 80, 900);

  useFrame((_, delta) => {
    uniforms.uTime.value = advanceAmbientClock(clock, frame.elapsedMs, delta);
    const target = frame.guideVisible
      ? AURORA_BREATH[0] + (AURORA_BREATH[1] - AURORA_BREATH[0]) * frame.breath.fill
      : AURORA_RESTING;
    const current = uniforms.uAurora.value;
    const step = Math.max(-MAX_RATE * delta, Math.min(MAX_RATE * delta, target - current));
    uniforms.uAurora.value = current + step;
  });

  return (
    <>
      <hemisphereLight args={['#30405f', '#05080c', 0.4]} />
      <GradientSky uniforms={uniforms} />
      <AuroraSky uniforms={uniforms} />
      <Lake uniforms={uniforms} />
      <Shore uniforms={uniforms} />
    </>
  );
}
