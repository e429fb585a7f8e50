import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Group } from 'three';
import {
  CircleGeometry,
  Color,
  Mesh,
  MeshBasicMaterial,
  RingGeometry,
  ShaderMaterial,
  Vector3,
} from 'three';
import { createDwell, gazeHits, stepDwell } from '../../core/input/dwell.ts';
import { TextLabel } from './TextLabel.tsx';

export interface DwellButtonProps {
  label: string;
  position: [number, number, number];
  radius?: number;
  onSelect: () => void;
  testId?: string;
}

const DISC_OPACITY = 0.85;
const APPEAR_S = 0.4;

const RING_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;
// Fills clockwise from the top as the dwell progresses.
const RING_FRAGMENT = /* glsl */ `
uniform float progress;
uniform vec3 color;
varying vec2 vUv;
void main() {
  vec2 p = vUv - 0.5;
  float a = fract(atan(p.x, p.y) / 6.2831853 + 1.0);
  if (a > progress) discard;
  gl_FragColor = vec4(color, 0.95);
}`;

/**
 * A large round choice, reachable three ways: the controller trigger or a hand pinch (pointer
 * click), or looking at it for 1.5 s (a ring fills to show progress). Faces the viewer.
 */
export function DwellButton({
  label,
  position,
  radius = 0.13,
  onSelect,
  testId,
}: DwellButtonProps) {
  const group = useRef<Group>(null);
  const dwell = useMemo(createDwell, []);
  /** 0..1: every choice fades in when it appears, never pops. */
  const appear = useRef(0);
  const select = useRef(onSelect);
  select.current = onSelect;
  const scratch = useMemo(
    () => ({
      eye: new Vector3(),
      forward: new Vector3(),
      centre: new Vector3(),
      idle: new Color('#22384d'),
      hot: new Color('#3a6285'),
    }),
    [],
  );
  const { disc, ring } = useMemo(() => {
    const d = new Mesh(
      new CircleGeometry(radius, 40),
      new MeshBasicMaterial({ color: '#22384d', transparent: true, opacity: 0 }),
    );
    d.renderOrder = 9;
    const r = new Mesh(
      new RingGeometry(radius * 1.05, radius * 1.22, 48),
      new ShaderMaterial({
        vertexShader: RING_VERTEX,
        fragmentShader: RING_FRAGMENT,
        uniforms: { progress: { value: 0 }, color: { value: new Color('#ffd58a') } },
        transparent: true,
        depthWrite: false,
      }),
    );
    r.renderOrder = 10;
    return { disc: d, ring: r };
  }, [radius]);

  useFrame((state, delta) => {
    const g = group.current;
    if (!g) return;
    const { eye, forward, centre } = scratch;
    state.camera.getWorldPosition(eye);
    state.camera.getWorldDirection(forward);
    g.getWorldPosition(centre);
    g.lookAt(eye);
    const looking = gazeHits(
      [eye.x, eye.y, eye.z],
      [forward.x, forward.y, forward.z],
      [centre.x, centre.y, centre.z],
      radius,
    );
    if (appear.current < 1) {
      appear.current = Math.min(1, appear.current + delta / APPEAR_S);
      (disc.material as MeshBasicMaterial).opacity = DISC_OPACITY * appear.current;
      g.traverse((o) => {
        if ('fillOpacity' in o)
          (o as unknown as { fillOpacity: number }).fillOpacity = appear.current;
      });
    }
    const chosen = stepDwell(dwell, looking, delta * 1000);
    (ring.material as ShaderMaterial).uniforms.progress!.value = dwell.progress;
    // An empty ring costs a draw call: show it only while it fills.
    ring.visible = dwell.progress > 0;
    (disc.material as MeshBasicMaterial).color.copy(looking ? scratch.hot : scratch.idle);
    if (chosen) select.current();
  });

  return (
    <group ref={group} position={position} name={testId}>
      {/* Chosen on trigger press or pinch, not release: a slow or shaky hand still gets it. */}
      <primitive object={disc} onPointerDown={() => select.current()} />
      <primitive object={ring} />
      {label !== '' && (
        <TextLabel
          text={label}
          fontSize={radius * 0.42}
          bold
          maxWidth={radius * 1.8}
          position={[0, 0, 0.01]}
        />
      )}
    </group>
  );
}
