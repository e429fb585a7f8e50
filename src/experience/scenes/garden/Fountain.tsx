import {
  AdditiveBlending,
  CircleGeometry,
  Color,
  DoubleSide,
  LatheGeometry,
  ShaderMaterial,
  Vector2,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useDisposable } from '../common/useDisposable.ts';
import { STONE_GLSL, gardenMaterial } from './gardenMaterial.ts';
import { GARDEN } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';
import type { GardenUniforms } from './gardenUniforms.ts';

const { x: FX, z: FZ } = GARDEN.fountain;
/** Heights of the basin's water, the bowl's water and the bowl's rim. */
const POOL_Y = 0.46;
const BOWL_Y = 1.18;
const BOWL_R = 0.62;

const lathe = (points: [number, number][], segments = 40) =>
  new LatheGeometry(
    points.map(([r, y]) => new Vector2(r, y)),
    segments,
  );

/** A round stone basin with a moulded rim, a baluster column and a shallow bowl on top. */
function createStone() {
  const basin = lathe([
    [1.62, 0],
    [1.66, 0.42],
    [1.78, 0.46],
    [1.8, 0.56],
    [1.62, 0.58],
    [1.56, 0.5],
    [1.5, 0.1],
    [0.01, 0.1],
  ]);
  const column = lathe([
    [0.01, 0.1],
    [0.32, 0.1],
    [0.3, 0.24],
    [0.17, 0.36],
    [0.13, 0.62],
    [0.2, 0.82],
    [0.12, 0.98],
    [0.14, 1.02],
    [0.5, 1.1],
    [BOWL_R + 0.02, 1.2],
    [BOWL_R - 0.04, 1.24],
    [BOWL_R - 0.08, 1.16],
    [0.01, 1.12],
  ]);
  const finial = lathe(
    [
      [0.01, 1.12],
      [0.07, 1.14],
      [0.05, 1.3],
      [0.09, 1.42],
      [0.04, 1.52],
      [0.01, 1.54],
    ],
    16,
  );
  return mergeGeometries([basin, column, finial]).translate(FX, 0, FZ);
}

const WATER_VERTEX = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/** Still water with slow rings spreading from where the falling water lands; sky in its face. */
const POOL_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform vec3 uDeep;
uniform vec3 uShallow;
uniform vec3 uSky;
uniform vec2 uCentre;
uniform float uFallR;
varying vec3 vWorld;
void main() {
  vec2 d = vWorld.xz - uCentre;
  float r = length(d);
  float rings = sin((r - uFallR) * 26.0 - uTime * 2.4) * exp(-abs(r - uFallR) * 2.2);
  vec3 v = normalize(vWorld - cameraPosition);
  float fresnel = 0.04 + 0.96 * pow(1.0 - abs(v.y), 4.0);
  vec3 col = mix(uDeep, uShallow, smoothstep(0.0, 1.6, r));
  col = mix(col, uSky, clamp(fresnel + rings * 0.08, 0.0, 1.0));
  col += vec3(1.0, 0.97, 0.9) * max(rings, 0.0) * 0.05;
  gl_FragColor = vec4(col, 0.92);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

/** The thin veil of water falling from the bowl's rim: bright streaks sliding downward. */
const VEIL_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform vec2 uCentre;
varying vec3 vWorld;
void main() {
  vec2 d = vWorld.xz - uCentre;
  float a = atan(d.y, d.x);
  float fall = (${BOWL_Y.toFixed(2)} - vWorld.y) / ${(BOWL_Y - POOL_Y).toFixed(2)};
  float streak = 0.5 + 0.5 * sin(a * 60.0 + sin(a * 7.0) * 3.0);
  float flow = 0.5 + 0.5 * sin(vWorld.y * 30.0 + uTime * 7.0 + a * 13.0);
  float alpha = (0.12 + 0.28 * streak * flow) * smoothstep(0.0, 0.06, fall) * (1.0 - smoothstep(0.85, 1.0, fall));
  gl_FragColor = vec4(vec3(0.85, 0.92, 0.95) * alpha, alpha);
  #include <colorspace_fragment>
}
`;

/**
 * The fountain at the heart of the garden: stone basin and bowl, water falling in a soft veil
 * from the bowl into the basin, and slow rings on the water. Four draw calls.
 */
export function Fountain({ uniforms }: { uniforms: GardenUniforms }) {
  const stone = useDisposable(createStone);
  const stoneMaterial = useDisposable(() => gardenMaterial(STONE_GLSL, '', { color: C.stone }));
  const pools = useDisposable(() =>
    mergeGeometries([
      new CircleGeometry(1.52, 48).rotateX(-Math.PI / 2).translate(FX, POOL_Y, FZ),
      new CircleGeometry(BOWL_R - 0.07, 32).rotateX(-Math.PI / 2).translate(FX, BOWL_Y, FZ),
    ]),
  );
  const water = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          uTime: uniforms.uTime,
          uDeep: { value: new Color(C.waterDeep) },
          uShallow: { value: new Color(C.water) },
          uSky: { value: new Color('#c4d8e6') },
          uCentre: { value: new Vector2(FX, FZ) },
          uFallR: { value: BOWL_R + 0.08 },
        },
        vertexShader: WATER_VERTEX,
        fragmentShader: POOL_FRAGMENT,
        transparent: true,
      }),
  );
  const veil = useDisposable(() =>
    lathe(
      [
        [BOWL_R + 0.015, BOWL_Y + 0.04],
        [BOWL_R + 0.05, BOWL_Y - 0.12],
        [BOWL_R + 0.08, POOL_Y],
      ],
      48,
    ).translate(FX, 0, FZ),
  );
  const veilMaterial = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uTime: uniforms.uTime, uCentre: { value: new Vector2(FX, FZ) } },
        vertexShader: WATER_VERTEX,
        fragmentShader: VEIL_FRAGMENT,
        transparent: true,
        depthWrite: false,
        side: DoubleSide,
        blending: AdditiveBlending,
      }),
  );
  return (
    <>
      <mesh geometry={stone} material={stoneMaterial} />
      <mesh geometry={pools} material={water} />
      <mesh geometry={veil} material={veilMaterial} renderOrder={2} />
    </>
  );
}
