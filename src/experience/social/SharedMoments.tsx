import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  Color,
  CylinderGeometry,
  InstancedMesh,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
} from 'three';
import { phaseAt } from '../../core/breathing/phase.ts';
import { PATTERNS } from '../../core/breathing/patterns.ts';
import type { RoomView } from '../../core/social/messages.ts';
import { MAX_SEATS, seatAngle } from '../../core/social/seats.ts';
import { BreathingOrb } from '../scenes/common/BreathingOrb.tsx';
import { disposable } from '../scenes/common/disposeMesh.ts';
import { useDisposable } from '../scenes/common/useDisposable.ts';
import type { SessionFrame, SocialLayout } from '../scenes/types.ts';
import { AVATAR_HEX } from './colours.ts';
import { serverNow } from './socialStore.ts';

/** What the browser tests read: the shared breath on this page, from the server's clock. */
export const sharedBreath = { active: false, elapsedMs: 0, cycle: 0, kind: 'in' as string };

/**
 * Group breathing: one light over the centre that everyone sees swell together. Its timeline is
 * `phaseAt(pattern, serverNow - startAtMs)`: a pure function of the server's clock, so every
 * device is on the same breath without exchanging anything per frame.
 */
export function GroupBreathing({
  room,
  layout,
  frame,
}: {
  room: RoomView;
  layout: SocialLayout;
  frame: SessionFrame;
}) {
  const activity = room.activity;
  useFrame(() => {
    const on = activity?.kind === 'breathing' && activity.pattern !== null;
    const elapsed = on ? serverNow() - activity.startAtMs : -1;
    frame.guideVisible = on && elapsed >= 0;
    sharedBreath.active = frame.guideVisible;
    if (!on || elapsed < 0) return;
    frame.elapsedMs = elapsed;
    phaseAt(PATTERNS[activity.pattern!], elapsed, frame.breath);
    sharedBreath.elapsedMs = elapsed;
    sharedBreath.cycle = frame.breath.cycle;
    sharedBreath.kind = frame.breath.kind;
  }, -1);
  return (
    <BreathingOrb
      frame={frame}
      position={[0, layout.breathingLightHeight, 0]}
      radius={[0.06, 0.11]}
      brightness={[0.5, 0.85]}
    />
  );
}

/** Metres a lantern drifts per second: slow enough to watch it go. */
const DRIFT = 0.12;

/**
 * Lanterns on the water, one per person who released theirs, each in that person's colour: a
 * paper body and a soft glow (two instanced draw calls for all eight).
 */
export function Lanterns({ room, layout }: { room: RoomView; layout: SocialLayout }) {
  const bodies = useDisposable(() =>
    disposable(
      new InstancedMesh(
        new CylinderGeometry(0.09, 0.11, 0.16, 10).translate(0, 0.08, 0),
        new MeshBasicMaterial({ color: '#ffffff' }),
        MAX_SEATS,
      ),
    ),
  );
  const glows = useDisposable(() =>
    disposable(
      new InstancedMesh(
        new PlaneGeometry(0.7, 0.7).rotateX(-Math.PI / 2),
        new MeshBasicMaterial({
          color: '#ffffff',
          transparent: true,
          opacity: 0.35,
          blending: AdditiveBlending,
          depthWrite: false,
        }),
        MAX_SEATS,
      ),
    ),
  );
  /** When each lantern was first seen here (ms, performance clock): its journey starts then. */
  const released = useRef(new Map<string, number>());
  const o = useMemo(() => new Object3D(), []);
  const c = useMemo(() => new Color(), []);

  useEffect(() => {
    const now = performance.now();
    for (const id of room.lanterns) if (!released.current.has(id)) released.current.set(id, now);
    for (const id of [...released.current.keys()])
      if (!room.lanterns.includes(id)) released.current.delete(id);
    room.lanterns.forEach((id, i) => {
      const m = room.members.find((x) => x.id === id);
      c.set(m ? AVATAR_HEX[m.colour] : '#ffd9a0');
      bodies.setColorAt(i, c);
      glows.setColorAt(i, c);
    });
    bodies.count = room.lanterns.length;
    glows.count = room.lanterns.length;
    for (const mesh of [bodies, glows])
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [room, bodies, glows, c]);

  useFrame((state) => {
    const now = performance.now();
    const t = state.clock.elapsedTime;
    // Indexed loops, no closures: this runs every frame and must allocate nothing.
    for (let i = 0; i < room.lanterns.length; i++) {
      const id = room.lanterns[i]!;
      let m: (typeof room.members)[number] | undefined;
      for (let k = 0; k < room.members.length && !m; k++)
        if (room.members[k]!.id === id) m = room.members[k];
      const age = (now - (released.current.get(id) ?? now)) / 1000;
      // each sets off from its own place along the shore, then they drift out together
      const spread = (m?.seat ? Math.sin(seatAngle(m.seat)) : 0) * 1.6 + (i % 2 ? 0.3 : -0.3);
      const d = Math.min(age * DRIFT, 40);
      const x = layout.lanternStart[0] + layout.lanternDrift[0] * d + spread * (1 + d * 0.05);
      const z = layout.lanternStart[1] + layout.lanternDrift[1] * d;
      o.position.set(x, 0.05 + Math.sin(t * 0.8 + i) * 0.015, z);
      o.rotation.set(0, t * 0.05 + i, 0);
      o.updateMatrix();
      bodies.setMatrixAt(i, o.matrix);
      glows.setMatrixAt(i, o.matrix);
    }
    bodies.instanceMatrix.needsUpdate = true;
    glows.instanceMatrix.needsUpdate = true;
  });

  return (
    <>
      <primitive object={bodies} frustumCulled={false} />
      <primitive object={glows} frustumCulled={false} renderOrder={4} />
    </>
  );
}
