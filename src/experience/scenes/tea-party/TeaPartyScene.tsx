import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { GradientSky } from '../common/GradientSky.tsx';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import { createGroundUniforms, SocialGround, SocialWater } from '../common/SocialGround.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { Garden } from './Garden.tsx';
import { teaPartyManifest } from './manifest.ts';
import { TEA_COLORS, TEA_SKY } from './palette.ts';
import { TeaTable } from './TeaTable.tsx';

const LAYOUT = teaPartyManifest.social!;
export const POND_CENTRE = [0, -7.2] as const;

/**
 * A garden tea party on a summer afternoon: a round table laid for eight on a mown lawn, hedges
 * and trees round about, flower beds, and a still lily pond where lanterns can be set afloat.
 */
export default function TeaPartyScene({ frame }: SceneProps) {
  const [sky] = useState(() => createSkyUniforms(TEA_SKY));
  const [live] = useState(createGroundUniforms);
  const [clock] = useState(createAmbientClock);
  useSceneFog(teaPartyManifest.horizonColor, 40, 600);

  useFrame((_, delta) => {
    live.uTime.value = advanceAmbientClock(clock, frame.elapsedMs, delta) * 0.4;
  });

  return (
    <>
      <hemisphereLight args={['#f4f1e6', '#6d7f52', 1.3]} />
      <directionalLight args={['#fff1d6', 1.4]} position={[-4, 6, 5]} />
      <GradientSky uniforms={sky} />
      <SocialGround
        sky={sky}
        live={live}
        look={{
          near: TEA_COLORS.lawnNear,
          far: TEA_COLORS.lawnFar,
          light: TEA_COLORS.lawnLight,
          glowColor: TEA_COLORS.sunPool,
          glowRadius: 3,
          stripe: 0.08,
        }}
      />
      <SocialWater
        sky={sky}
        live={live}
        deep={TEA_COLORS.pond}
        glowColor="#fff4d8"
        centre={POND_CENTRE}
        innerRadius={0.3}
        outerRadius={2.3}
        y={0.025}
      />
      <TeaTable seatRadius={LAYOUT.seatRadius} />
      <Garden />
    </>
  );
}
