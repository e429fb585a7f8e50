import { useFrame } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useMemo, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { recentreOrigin, yawOf } from '../../core/comfort/recentre.ts';
import type { FadeState } from '../session/SessionRunner.tsx';
import { sessionStore } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT, viewpoint } from './comfort.ts';

/** A recentre dips to black and back, so the world never visibly jumps. */
const DIP_DOWN_S = 0.35;
const DIP_UP_S = 0.5;

declare global {
  interface Window {
    /** Test builds: the head's pose in the scene, for the recentre browser test. */
    __hafanHead?: { x: number; y: number; z: number; yaw: number };
  }
}

/**
 * The resident's place in the scene (the XR origin). On entering the headset, and whenever the
 * resident asks to recentre, the origin moves so the head is back at the scene's viewpoint facing
 * the scene; seated residents also get a floor offset so their eyes sit at the seated height the
 * scenes are composed for. There is no locomotion: nothing else ever moves the origin.
 */
export function SeatedOrigin({ fade }: { fade: FadeState }) {
  const origin = useRef<Group>(null);
  const scratch = useMemo(() => ({ forward: new Vector3(), world: new Vector3() }), []);
  const mark = useRef({
    session: null as XRSession | null,
    requests: sessionStore.getState().recentreRequests,
    /** Seconds into a recentre dip, or -1 when none is running. */
    dipS: -1,
    placed: false,
  });

  useFrame((state, delta) => {
    const g = origin.current;
    const xr = state.gl.xr;
    if (!g || !xr.isPresenting) return;
    const m = mark.current;
    const session = xr.getSession();
    const cam = state.camera;
    if (session !== m.session) {
      // A new headset session: place the resident as soon as the head pose is known. The scene
      // is still fading in from black, so no dip is needed.
      m.session = session;
      m.placed = false;
    }
    const { recentreRequests } = sessionStore.getState();
    if (recentreRequests !== m.requests) {
      m.requests = recentreRequests;
      if (m.dipS < 0) m.dipS = 0;
    }
    const place = () => {
      scratch.forward.set(0, 0, -1).applyQuaternion(cam.quaternion);
      const head = {
        x: cam.position.x,
        y: cam.position.y,
        z: cam.position.z,
        yaw: yawOf(scratch.forward.x, scratch.forward.z),
      };
      const { posture } = sessionStore.getState().config;
      const t = recentreOrigin(head, posture, SEATED_EYE_HEIGHT);
      g.position.set(t.x, t.y, t.z);
      g.rotation.set(0, t.yaw, 0);
      viewpoint.eyeY = head.y + t.y;
    };
    // The pose is in the origin's space: a zero height means the headset has not reported yet.
    if (!m.placed && cam.position.y !== 0) {
      place();
      m.placed = true;
    }
    if (m.dipS >= 0) {
      const before = m.dipS;
      m.dipS += delta;
      if (before < DIP_DOWN_S && m.dipS >= DIP_DOWN_S) place();
      fade.dip =
        m.dipS < DIP_DOWN_S
          ? m.dipS / DIP_DOWN_S
          : Math.max(0, 1 - (m.dipS - DIP_DOWN_S) / DIP_UP_S);
      if (m.dipS >= DIP_DOWN_S + DIP_UP_S) {
        m.dipS = -1;
        fade.dip = 0;
      }
    }
    if (__HAFAN_EMULATOR__) {
      cam.getWorldDirection(scratch.forward);
      cam.getWorldPosition(scratch.world);
      window.__hafanHead = {
        x: scratch.world.x,
        y: scratch.world.y,
        z: scratch.world.z,
        yaw: yawOf(scratch.forward.x, scratch.forward.z),
      };
    }
  });

  return <XROrigin ref={origin} />;
}
