import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import {
  AdditiveBlending,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  ShaderMaterial,
  Vector2,
} from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { POLLEN_FRAGMENT, POLLEN_VERTEX } from './light.glsl.ts';
import { GLADE_COLORS } from './palette.ts';
import { seededRandom } from '../common/seededRandom.ts';
import { groundHeight } from './terrain.ts';

const MOTES = 110;

/** Homes for the motes, mostly in the glade ahead, none close to the face. */
function createPollenGeometry(): BufferGeometry {
  const rand = seededRandom(29);
  const positions: number[] = [];
  const motes: number[] = [];
  while (positions.length < MOTES * 3) {
    const ahead = rand() < 0.75;
    const angle = ahead ? (rand() - 0.5) * 2.2 : rand() * Math.PI * 2;
    const r = 2.5 + rand() * (ahead ? 12 : 9);
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const y = groundHeight(x, z) + 0.3 + Math.pow(rand(), 1.5) * 5;
    positions.push(x, y, z);
    // Phase seed, speed (radians a second: swells of 15–40 s), size (metres), spare.
    motes.push(rand() * 100, 0.16 + rand() * 0.26, 0.04 + rand() * 0.04, 0);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aMote', new Float32BufferAttribute(motes, 4));
  return geometry;
}

/** Pollen drifting in the sunlit air: one Points draw call. */
export function Pollen({ uniforms }: { uniforms: GladeUniforms }) {
  const geometry = useDisposable(createPollenGeometry);
  const [pointScale] = useState(() => ({ value: 400 }));
  const [size] = useState(() => new Vector2());
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          uTime: uniforms.uTime,
          uLightBoost: uniforms.uLightBoost,
          uLitCentre: uniforms.uLitCentre,
          uLitRadius: uniforms.uLitRadius,
          uPointScale: pointScale,
          uPollenColor: { value: new Color(GLADE_COLORS.pollen).multiplyScalar(0.8) },
        },
        vertexShader: POLLEN_VERTEX,
        fragmentShader: POLLEN_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
      }),
  );
  useFrame((state) => {
    // Pixels per metre at 1 m: from the drawing buffer's height (a headset's, when presenting).
    state.gl.getDrawingBufferSize(size);
    pointScale.value = 0.5 * size.y * state.camera.projectionMatrix.elements[5]!;
  });
  return <points geometry={geometry} material={material} frustumCulled={false} renderOrder={3} />;
}
