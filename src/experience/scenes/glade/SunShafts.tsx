import {
  AdditiveBlending,
  Color,
  InstancedMesh,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  ShaderMaterial,
  Vector3,
} from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { SHAFT_FRAGMENT, SHAFT_VERTEX } from './light.glsl.ts';
import { GLADE_COLORS } from './palette.ts';
import { groundHeight } from './terrain.ts';

/** Where each shaft meets the ground (x, z), its width and length in metres. */
const SHAFTS: readonly (readonly [number, number, number, number])[] = [
  [-5.5, -14, 1.6, 20],
  [-1.2, -16.5, 1.0, 22],
  [2.8, -13.5, 2.2, 19],
  [7.5, -11, 1.2, 18],
  [-10.5, -9, 1.8, 18],
  [11, -16, 1.4, 22],
  [12, 2, 1.6, 18],
  [-11, 5, 1.3, 18],
];

/** Soft beams of sun slanting through the leaves: additive, one draw call. */
export function SunShafts({ uniforms }: { uniforms: GladeUniforms }) {
  const geometry = useDisposable(() => new PlaneGeometry(1, 1).translate(0, 0.5, 0));
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          uSunDir: uniforms.uSunDir,
          uTime: uniforms.uTime,
          uShaftBoost: uniforms.uShaftBoost,
          uShaftColor: { value: new Color(GLADE_COLORS.shaft).multiplyScalar(0.22) },
        },
        vertexShader: SHAFT_VERTEX,
        fragmentShader: SHAFT_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
      }),
  );
  const mesh = useDisposable(() => {
    const shafts = new InstancedMesh(geometry, material, SHAFTS.length);
    const m = new Matrix4();
    const q = new Quaternion();
    SHAFTS.forEach(([x, z, width, length], i) => {
      m.compose(new Vector3(x, groundHeight(x, z), z), q, new Vector3(width, length, 1));
      shafts.setMatrixAt(i, m);
    });
    shafts.frustumCulled = false;
    shafts.renderOrder = 2;
    return shafts;
  });
  return <primitive object={mesh} />;
}
