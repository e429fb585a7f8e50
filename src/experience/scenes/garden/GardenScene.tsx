import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { GradientSky } from '../common/GradientSky.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { Bench } from './Bench.tsx';
import { BreathingFlower } from './BreathingFlower.tsx';
import { Fountain } from './Fountain.tsx';
import { createGardenUniforms } from './gardenUniforms.ts';
import { Lawn } from './Lawn.tsx';
import { gardenManifest } from './manifest.ts';
import { GARDEN_COLORS, GARDEN_LIGHT } from './palette.ts';
import { Plantings } from './Plantings.tsx';
import { SkyClouds } from './SkyClouds.tsx';
import { Door, Walls } from './Walls.tsx';

/** How open the flower is, and how much it lightens, when the guide is hidden ("just listen"). */
const RESTING_OPEN = 0.55;
const GLOW = [0.05, 0.4] as const;
/** Fastest the flower may open or close per second, so a jump (Begin, a hidden guide) eases. */
const MAX_RATE = 0.8;
/** Wrap the ambient time for the shaders (the water's motion repeats smoothly over it). */
const TIME_WRAP_S = 2 * Math.PI * 100;

/**
 * A walled garden on a summer afternoon, for reminiscence: old brick walls, borders of roses,
 * lavender and foxgloves, a gravel path to a fountain, a bench in the sun. The breathing guide is
 * a flower in a stone urn just ahead, opening on the in-breath and closing on the out-breath.
 */
export default function GardenScene({ frame }: SceneProps) {
  const [uniforms] = useState(createGardenUniforms);
  const [clock] = useState(createAmbientClock);
  const [glow] = useState<{ value: number }>(() => ({ value: GLOW[0] }));
  const [eased] = useState(() => ({ open: Number.NaN }));
  useSceneFog(gardenManifest.horizonColor, 30, 260);

  useFrame((_, delta) => {
    const t = advanceAmbientClock(clock, frame.elapsedMs, delta);
    uniforms.uTime.value = t % TIME_WRAP_S;
    const target = frame.guideVisible ? frame.breath.fill : RESTING_OPEN;
    if (Number.isNaN(eased.open)) eased.open = target;
    else {
      const step = MAX_RATE * Math.min(delta, 0.1);
      eased.open += Math.max(-step, Math.min(step, target - eased.open));
    }
    uniforms.uOpen.value = eased.open;
    glow.value = frame.guideVisible ? GLOW[0] + (GLOW[1] - GLOW[0]) * eased.open : GLOW[0];
  });

  const { sky, sun } = GARDEN_LIGHT;
  return (
    <>
      <hemisphereLight args={[sky.color, sky.ground, sky.intensity]} />
      <directionalLight
        color={sun.color}
        intensity={sun.intensity}
        position={[sun.direction[0] * 20, sun.direction[1] * 20, sun.direction[2] * 20]}
      />
      <GradientSky uniforms={uniforms} />
      <SkyClouds lit={GARDEN_COLORS.cloudLit} shade={GARDEN_COLORS.cloudShade} />
      <Lawn />
      <Walls />
      <Door />
      <Plantings />
      <Fountain uniforms={uniforms} />
      <Bench />
      <BreathingFlower uniforms={uniforms} glow={glow} />
    </>
  );
}
