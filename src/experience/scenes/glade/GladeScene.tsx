import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { BreathingOrb } from '../common/BreathingOrb.tsx';
import { GradientSky } from '../common/GradientSky.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { createGladeUniforms } from './gladeUniforms.ts';
import { DistantWood } from './DistantWood.tsx';
import { Ground } from './Ground.tsx';
import { gladeManifest } from './manifest.ts';
import { GLADE_COLORS, GLADE_LIGHT } from './palette.ts';
import { Pollen } from './Pollen.tsx';
import { SunShafts } from './SunShafts.tsx';
import { Trees } from './Trees.tsx';
import { Undergrowth } from './Undergrowth.tsx';

/** The breathing light: over the grass ahead, a little below eye level, with room below for captions. */
const ORB_POSITION = [0, 1.0, -2.8] as const;
const ORB_BRIGHTNESS = [0.55, 0.9] as const;
/** A little larger than the default: the glade is bright, and the light must still stand out. */
const ORB_RADIUS = [0.095, 0.155] as const;
const TAU = Math.PI * 2;
/** How much brighter the sun through the leaves is at the top of the in-breath. */
const BREATH_LIGHT = 0.08;
/** Brightness of the shafts of sun at empty and full lungs, and when the guide is hidden. */
const SHAFT_BREATH = [0.55, 1.35] as const;
const SHAFT_RESTING = 0.9;
/** Fastest the light may change per second, so a jump (Begin, a hidden guide) eases. */
const MAX_RATE = 0.8;

/**
 * A woodland glade on a summer afternoon: a sunny clearing ringed by tall trees, sun-flecks
 * drifting slowly over the grass. The breathing guide is a warm light among the flowers, and the
 * shafts of sun through the leaves brighten with it on the in-breath. Everything is procedural.
 */
export default function GladeScene({ frame }: SceneProps) {
  const [uniforms] = useState(() => createGladeUniforms(ORB_POSITION));
  const [clock] = useState(createAmbientClock);
  useSceneFog(gladeManifest.horizonColor, 40, 400);

  const [eased] = useState(() => ({ share: Number.NaN }));

  useFrame((_, delta) => {
    const t = advanceAmbientClock(clock, frame.elapsedMs, delta);
    uniforms.uTime.value = t;
    uniforms.uDapplePhase.value.set((t * 0.13) % TAU, (t * 0.09) % TAU);
    // 0..1 with the breath; steady at the resting level for "just listen".
    const restingShare = (SHAFT_RESTING - SHAFT_BREATH[0]) / (SHAFT_BREATH[1] - SHAFT_BREATH[0]);
    const target = frame.guideVisible ? frame.breath.fill : restingShare;
    if (Number.isNaN(eased.share)) eased.share = target;
    else {
      const step = MAX_RATE * Math.min(delta, 0.1);
      eased.share += Math.max(-step, Math.min(step, target - eased.share));
    }
    uniforms.uLightBoost.value = 1 + BREATH_LIGHT * (2 * eased.share - 1);
    uniforms.uShaftBoost.value =
      SHAFT_BREATH[0] + (SHAFT_BREATH[1] - SHAFT_BREATH[0]) * eased.share;
  });

  return (
    <>
      {/* The scene's shaders light themselves; this lights the resident's controllers and hands. */}
      <hemisphereLight args={[GLADE_LIGHT.sky.color, GLADE_LIGHT.ground.color, 1.6]} />
      <GradientSky uniforms={uniforms} />
      <Ground uniforms={uniforms} />
      <DistantWood uniforms={uniforms} />
      <Trees uniforms={uniforms} />
      <Undergrowth uniforms={uniforms} />
      <SunShafts uniforms={uniforms} />
      <Pollen uniforms={uniforms} />
      <BreathingOrb
        frame={frame}
        position={ORB_POSITION}
        radius={ORB_RADIUS}
        brightness={ORB_BRIGHTNESS}
        coreColor={GLADE_COLORS.orbCore}
        glowColor={GLADE_COLORS.orbGlow}
        lightOut={uniforms.uOrbLight}
      />
    </>
  );
}
