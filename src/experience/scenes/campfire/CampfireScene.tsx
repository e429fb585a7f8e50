import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { CylinderGeometry, MeshLambertMaterial } from 'three';
import { advanceAmbientClock, createAmbientClock } from '../common/ambientClock.ts';
import { GradientSky } from '../common/GradientSky.tsx';
import { SeatRing } from '../common/SeatRing.tsx';
import { createSkyUniforms } from '../common/skyUniforms.ts';
import { createGroundUniforms, SocialGround, SocialWater } from '../common/SocialGround.tsx';
import { Stars } from '../common/Stars.tsx';
import { useSceneFog } from '../common/useSceneFog.ts';
import type { SceneProps } from '../types.ts';
import { Fire } from './Fire.tsx';
import { campfireManifest } from './manifest.ts';
import { CAMPFIRE_COLORS, CAMPFIRE_SKY } from './palette.ts';

const LAYOUT = campfireManifest.social!;
/** The shoreline: sand this side of it, the sea beyond (toward -Z, where the sun went down). */
const SHORE_Z = -8;

function logSeat() {
  // a log lying across the seat's front: its axis along the seat's left-right
  return new CylinderGeometry(0.15, 0.16, 0.95, 12).rotateZ(Math.PI / 2).translate(0, 0.27, 0.05);
}

/**
 * A campfire on the sand by a calm sea at dusk, for up to eight people sitting on logs round it.
 * Warm firelight pools on the sand; the first stars come out; the sea holds the last of the
 * sunset. About a dozen draw calls before the people.
 */
export default function CampfireScene({ frame }: SceneProps) {
  const [sky] = useState(() => createSkyUniforms(CAMPFIRE_SKY));
  const [live] = useState(createGroundUniforms);
  const [clock] = useState(createAmbientClock);
  useSceneFog(campfireManifest.horizonColor, 40, 700);

  useFrame((_, delta) => {
    live.uTime.value = advanceAmbientClock(clock, frame.elapsedMs, delta);
  });

  return (
    <>
      <hemisphereLight args={['#9a8cc0', '#5a4038', 0.9]} />
      <directionalLight args={['#ffb080', 0.5]} position={[3, 2, 4]} />
      <GradientSky uniforms={sky} />
      <Stars amount={0.55} />
      <SocialGround
        sky={sky}
        live={{ uGlow: live.uGlow, uTime: live.uTime }}
        look={{
          near: CAMPFIRE_COLORS.sandNear,
          far: CAMPFIRE_COLORS.sandFar,
          light: CAMPFIRE_COLORS.sandLight,
          glowColor: CAMPFIRE_COLORS.fireGlow,
          glowRadius: 2.6,
          stripe: 0,
        }}
        keep={(_, z) => z > SHORE_Z - 2}
      />
      <SocialWater
        sky={sky}
        live={live}
        deep={CAMPFIRE_COLORS.deepWater}
        glowColor="#ffb070"
        centre={[0, SHORE_Z + 8]}
        innerRadius={8}
        outerRadius={900}
        arc={[-1.45, 1.45]}
        y={0.03}
      />
      <SeatRing
        geometry={logSeat}
        // a little warm emissive: the firelight on the bark (no extra light needed)
        material={() =>
          new MeshLambertMaterial({ color: CAMPFIRE_COLORS.log, emissive: '#4a2410' })
        }
        radius={LAYOUT.seatRadius + 0.05}
      />
      <Fire glow={live.uGlow} time={live.uTime} />
    </>
  );
}
