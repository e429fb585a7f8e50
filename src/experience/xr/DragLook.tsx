import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { sessionStore } from '../session/sessionStore.ts';
import { SEATED_EYE_HEIGHT } from './comfort.ts';

const MAX_PITCH = 0.6;
const RAD_PER_PX = 0.004;
const KEY_STEP = 0.08;
/** A recentre eases the view back to the front over about half a second. */
const RECENTRE_RATE = 6;

/**
 * 2D mode: look around by dragging (mouse, touch or pen) or with the arrow keys, from a fixed
 * seated position. Never moves the viewer. Does nothing while a headset is presenting.
 */
export function DragLook() {
  const gl = useThree((s) => s.gl);
  const look = useRef({
    yaw: 0,
    pitch: 0,
    dragging: false,
    x: 0,
    y: 0,
    recentring: false,
    requests: sessionStore.getState().recentreRequests,
  });

  useEffect(() => {
    const el = gl.domElement;
    el.style.touchAction = 'none';
    const l = look.current;
    const clampPitch = () => (l.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, l.pitch)));
    const down = (e: PointerEvent) => {
      l.dragging = true;
      l.recentring = false;
      l.x = e.clientX;
      l.y = e.clientY;
      el.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!l.dragging) return;
      l.yaw += (e.clientX - l.x) * RAD_PER_PX;
      l.pitch += (e.clientY - l.y) * RAD_PER_PX;
      l.x = e.clientX;
      l.y = e.clientY;
      clampPitch();
    };
    const up = () => (l.dragging = false);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'ArrowLeft') l.yaw += KEY_STEP;
      else if (e.key === 'ArrowRight') l.yaw -= KEY_STEP;
      else if (e.key === 'ArrowUp') l.pitch += KEY_STEP;
      else if (e.key === 'ArrowDown') l.pitch -= KEY_STEP;
      else return;
      clampPitch();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    window.addEventListener('keydown', key);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      window.removeEventListener('keydown', key);
    };
  }, [gl]);

  useFrame((state, delta) => {
    if (state.gl.xr.isPresenting) return;
    const l = look.current;
    const { recentreRequests } = sessionStore.getState();
    if (recentreRequests !== l.requests) {
      l.requests = recentreRequests;
      l.yaw = Math.atan2(Math.sin(l.yaw), Math.cos(l.yaw));
      l.recentring = true;
    }
    if (l.recentring) {
      const k = Math.min(1, delta * RECENTRE_RATE);
      l.yaw -= l.yaw * k;
      l.pitch -= l.pitch * k;
      if (Math.abs(l.yaw) < 0.001 && Math.abs(l.pitch) < 0.001) {
        l.yaw = 0;
        l.pitch = 0;
        l.recentring = false;
      }
    }
    const cam = state.camera;
    cam.position.set(0, SEATED_EYE_HEIGHT, 0);
    cam.rotation.order = 'YXZ';
    cam.rotation.set(look.current.pitch, look.current.yaw, 0);
  });
  return null;
}
