import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import {
  Color,
  CustomBlending,
  OneFactor,
  OneMinusSrcAlphaFactor,
  PlaneGeometry,
  ShaderMaterial,
} from 'three';
import type { ColorRepresentation, IUniform, Mesh } from 'three';
import type { SessionFrame } from '../types.ts';
import { BREATHING_ORB_FRAGMENT, BREATHING_ORB_VERTEX } from './breathingOrb.glsl.ts';
import { useDisposable } from './useDisposable.ts';

export interface BreathingOrbProps {
  frame: SessionFrame;
  /** World position of the orb's centre when the lungs are empty. */
  position: readonly [number, number, number];
  /** Core radius in metres at empty and at full lungs. */
  radius?: readonly [number, number];
  /** Halo extent as a multiple of the core radius. */
  haloScale?: number;
  /** Brightness at empty and at full lungs (1 is the full colour). */
  brightness?: readonly [number, number];
  /** Metres the orb rises as the lungs fill: a gentle lift, never a bounce. */
  lift?: number;
  coreColor?: ColorRepresentation;
  glowColor?: ColorRepresentation;
  /**
   * Optional output: each frame the orb writes its light (0 hidden .. 1 full and bright) here, so
   * the scene's own shaders can let it light the ground or water beneath.
   */
  lightOut?: IUniform<number>;
}

/** Fastest the drawn fill may change (per second): real breaths never exceed it, jumps do. */
const MAX_FILL_RATE = 0.9;
/** Seconds for the orb to fade in or out when the guide is shown or hidden. */
const FADE_SECONDS = 1.2;

/**
 * The breathing guide: a soft warm light that swells and brightens on the in-breath and settles
 * on the out-breath. One billboard quad (one draw call, two triangles), no texture.
 */
export function BreathingOrb({
  frame,
  position,
  radius = [0.085, 0.14],
  haloScale = 4,
  brightness = [0.6, 1],
  lift = 0.03,
  coreColor = '#fff6e0',
  glowColor = '#ffc070',
  lightOut,
}: BreathingOrbProps) {
  // Positioned, sized and faded in useFrame (which runs before the first render).
  const mesh = useRef<Mesh>(null);
  const shown = useRef({ fill: Number.NaN, opacity: Number.NaN });
  const geometry = useDisposable(() => new PlaneGeometry(2, 2));
  const [uniforms] = useState(() => ({
    uHalfSize: { value: radius[1] * haloScale },
    uCoreFraction: { value: 1 / haloScale },
    uCoreColor: { value: new Color(coreColor) },
    uGlowColor: { value: new Color(glowColor) },
    uBrightness: { value: 1 },
    uOpacity: { value: 1 },
  }));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms,
        vertexShader: BREATHING_ORB_VERTEX,
        fragmentShader: BREATHING_ORB_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: CustomBlending,
        blendSrc: OneFactor,
        blendDst: OneMinusSrcAlphaFactor,
      }),
  );

  useFrame((_, delta) => {
    const m = mesh.current;
    if (!m) return;
    const state = shown.current;
    const target = frame.breath.fill;
    const opacityTarget = frame.guideVisible ? 1 : 0;
    if (Number.isNaN(state.fill)) {
      // First frame: start where the breath is (a frozen preview shows exactly this moment).
      state.fill = target;
      state.opacity = opacityTarget;
    } else {
      const step = MAX_FILL_RATE * Math.min(delta, 0.1);
      state.fill += Math.max(-step, Math.min(step, target - state.fill));
      const fadeStep = Math.min(delta, 0.1) / FADE_SECONDS;
      state.opacity += Math.max(-fadeStep, Math.min(fadeStep, opacityTarget - state.opacity));
    }
    const fill = state.fill;
    const size = radius[0] + (radius[1] - radius[0]) * fill;
    uniforms.uHalfSize.value = size * haloScale;
    const glow = brightness[0] + (brightness[1] - brightness[0]) * fill;
    uniforms.uBrightness.value = glow;
    uniforms.uOpacity.value = state.opacity;
    m.position.set(position[0], position[1] + lift * fill, position[2]);
    m.visible = state.opacity > 0.001;
    if (lightOut) lightOut.value = glow * state.opacity;
  });

  return (
    <mesh
      ref={mesh}
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={5}
    />
  );
}
