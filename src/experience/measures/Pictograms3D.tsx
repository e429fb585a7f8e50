import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  CircleGeometry,
  Color,
  Mesh,
  PlaneGeometry,
  ShaderMaterial,
  Vector3,
  type Group,
} from 'three';
import { INK, THERMOMETER_CALM, THERMOMETER_UPSET, faceLook } from './pictograms.ts';

const VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

// A face drawn from distance fields: crisp at any size, one draw call, no texture.
const FACE_FRAGMENT = /* glsl */ `
uniform vec3 face;
uniform vec3 ink;
uniform float smile;
uniform float worry;
varying vec2 vUv;
float segment(vec2 p, vec2 a, vec2 b) {
  vec2 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h);
}
void main() {
  vec2 p = (vUv - 0.5) * 2.0;
  float r = length(p);
  if (r > 1.0) discard;
  vec3 col = face * (0.93 + 0.07 * (1.0 - r * r));
  float d = 1.0 - r - 0.05; // the outline
  float eyes = min(length(p - vec2(-0.34, 0.17)), length(p - vec2(0.34, 0.17))) - 0.12;
  float x = clamp(p.x / 0.42, -1.0, 1.0);
  float mouthY = -0.36 + smile * 0.2 * (x * x) - smile * 0.12;
  float mouth = abs(p.y - mouthY) - 0.065;
  mouth = max(mouth, abs(p.x) - 0.42);
  float brows = 10.0;
  if (worry > 0.0) {
    float lift = 0.14 * worry;
    brows = min(segment(p, vec2(-0.54, 0.42), vec2(-0.2, 0.42 + lift)),
                segment(p, vec2(0.54, 0.42), vec2(0.2, 0.42 + lift))) - 0.05;
  }
  float shape = min(min(eyes, mouth), min(brows, d));
  col = mix(ink, col, smoothstep(-0.015, 0.015, shape));
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}`;

// Calm blue bulb on the left, a tube that warms to red on the right, with tick marks.
const THERMO_FRAGMENT = /* glsl */ `
uniform vec3 calm;
uniform vec3 upset;
uniform float aspect;
varying vec2 vUv;
void main() {
  vec2 p = vec2(vUv.x * aspect, vUv.y);
  float bulb = length(p - vec2(0.5, 0.5)) - 0.48;
  float tube = max(abs(p.y - 0.5) - 0.24, max(0.5 - p.x, p.x - (aspect - 0.25)));
  tube = min(tube, length(p - vec2(aspect - 0.25, 0.5)) - 0.24);
  float shape = min(bulb, tube);
  if (shape > 0.06) discard;
  float f = clamp((p.x - 0.8) / (aspect - 1.3), 0.0, 1.0);
  vec3 col = mix(calm, upset, f);
  float ticks = abs(fract((f * 10.0) + 0.5) - 0.5) * (aspect - 1.3) / 10.0;
  if (p.x > 0.8 && ticks < 0.012 && abs(p.y - 0.5) < 0.13) col *= 0.72;
  col = mix(col, vec3(0.99, 0.96, 0.92), smoothstep(-0.02, 0.0, shape));
  gl_FragColor = vec4(col, 1.0 - smoothstep(0.04, 0.06, shape));
  #include <colorspace_fragment>
}`;

/** Turns its children to face the viewer every frame (no allocation). */
export function Billboard({
  position,
  children,
}: {
  position: [number, number, number];
  children: ReactNode;
}) {
  const group = useRef<Group>(null);
  const eye = useMemo(() => new Vector3(), []);
  useFrame((state) => {
    state.camera.getWorldPosition(eye);
    group.current?.lookAt(eye);
  });
  return (
    <group ref={group} position={position}>
      {children}
    </group>
  );
}

/** A mood face for the headset, drawn like the 2D one (see pictograms.ts). */
export function FaceMesh({ pictogram, radius }: { pictogram: string; radius: number }) {
  const mesh = useMemo(() => {
    const look = faceLook(pictogram) ?? { colour: '#e9dcb4', smile: 0, worry: 0 };
    const m = new Mesh(
      new CircleGeometry(radius, 48),
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: FACE_FRAGMENT,
        uniforms: {
          face: { value: new Color(look.colour) },
          ink: { value: new Color(INK) },
          smile: { value: look.smile },
          worry: { value: look.worry },
        },
      }),
    );
    m.renderOrder = 11;
    return m;
  }, [pictogram, radius]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as ShaderMaterial).dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}

/** The SUDS thermometer for the headset: `width` × `height` metres. */
export function ThermometerMesh({ width, height }: { width: number; height: number }) {
  const mesh = useMemo(() => {
    const m = new Mesh(
      new PlaneGeometry(width, height),
      new ShaderMaterial({
        vertexShader: VERTEX,
        fragmentShader: THERMO_FRAGMENT,
        uniforms: {
          calm: { value: new Color(THERMOMETER_CALM) },
          upset: { value: new Color(THERMOMETER_UPSET) },
          aspect: { value: width / height },
        },
        transparent: true,
        depthWrite: false,
      }),
    );
    m.renderOrder = 10;
    return m;
  }, [width, height]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as ShaderMaterial).dispose();
    },
    [mesh],
  );
  return <primitive object={mesh} />;
}
