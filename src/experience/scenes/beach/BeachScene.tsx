import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { BreathingOrb } from '../common/BreathingOrb.tsx';
import { GradientSky } from '../common/GradientSky.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { SWASH_M, createBeachUniforms } from './beachUniforms.ts';
import { Birds } from './Birds.tsx';
import { Clouds } from './Clouds.tsx';
import { DuneGrass } from './DuneGrass.tsx';
import { Land } from './Land.tsx';
import { beachManifest } from './manifest.ts';
import { BEACH_COLORS, BEACH_HEMISPHERE } from './palette.ts';
import { Sea } from './Sea.tsx';
import { SEA_LEVEL } from './terrain.ts';

/** The breathing light: over the shallows, a little below eye level, with room below for captions. */
const ORB_POSITION = [0, 0.98, -2.8] as const;
/** Dimmer at the end of the out-breath, brighter when full: never dazzling. */
const ORB_BRIGHTNESS = [0.55, 0.9] as const;
const TAU = Math.PI * 2;
/** Seconds for one natural rise and fall of the swash, when it is not following the breath. */
const SWASH_PERIOD_S = 13.3;
/** Share of the swash that follows the breath (the rest is the sea's own slow rhythm). */
const SWASH_BREATH_SHARE = 0.6;
/** How fast (per second) that share changes when the guide is shown or hidden. */
const SHARE_RATE = 0.3;

/**
 * A beach at sunset: a quiet cove facing a low sun, slow waves washing up the sand, and a warm
 * light over the shallows that breathes with the resident. Everything is procedural.
 */
export default function BeachScene({ frame }: SceneProps) {
  const [uniforms] = useState(() => createBeachUniforms(ORB_POSITION));
  const [clock] = useState(createAmbientClock);
  const [eased] = useState(() => ({ share: Number.NaN }));
  useSceneFog(beachManifest.horizonColor, 60, 900);

  useFrame((_, delta) => {
    const t = advanceAmbientClock(clock, frame.elapsedMs, delta);
    const fill = frame.breath.fill;
    uniforms.uTime.value = t;
    uniforms.uLacePhase.value = (t * 0.35) % TAU;
    uniforms.uRipplePhase.value.set((t * 1.1) % TAU, (t * 1.5) % TAU, (t * 2.1) % TAU);
    const natural = Math.sin((TAU * t) / SWASH_PERIOD_S);
    // For "just listen" the sea keeps only its own rhythm (eased, so hiding the guide is smooth).
    const shareTarget = frame.guideVisible ? SWASH_BREATH_SHARE : 0;
    if (Number.isNaN(eased.share)) eased.share = shareTarget;
    else {
      const step = SHARE_RATE * Math.min(delta, 0.1);
      eased.share += Math.max(-step, Math.min(step, shareTarget - eased.share));
    }
    const share = eased.share;
    const swash = share * (2 * fill - 1) + (1 - share) * natural;
    uniforms.uSeaLevel.value = SEA_LEVEL + SWASH_M * swash;
    uniforms.uWaveHeight.value = 1 + 0.2 * (fill - 0.5) * (share / SWASH_BREATH_SHARE);
  });

  return (
    <>
      <hemisphereLight
        args={[BEACH_HEMISPHERE.sky, BEACH_HEMISPHERE.ground, BEACH_HEMISPHERE.intensity]}
      />
      <GradientSky uniforms={uniforms} />
      <Clouds uniforms={uniforms} />
      <Sea uniforms={uniforms} />
      <Land uniforms={uniforms} />
      <DuneGrass uniforms={uniforms} />
      <Birds uniforms={uniforms} />
      <BreathingOrb
        frame={frame}
        position={ORB_POSITION}
        brightness={ORB_BRIGHTNESS}
        coreColor={BEACH_COLORS.orbCore}
        glowColor={BEACH_COLORS.orbGlow}
        lightOut={uniforms.uOrbLight}
      />
    </>
  );
}
