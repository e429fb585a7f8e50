import {
  Color,
  DoubleSide,
  IcosahedronGeometry,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  LatheGeometry,
  PlaneGeometry,
  ShaderMaterial,
  Vector2,
} from 'three';
import type { IUniform } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { FLOWER_FRAGMENT, FLOWER_VERTEX } from './flower.glsl.ts';
import { STONE_GLSL, gardenMaterial } from './gardenMaterial.ts';
import { FLOWER_AT, FLOWER_HEIGHT } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';
import type { GardenUniforms } from './gardenUniforms.ts';

/** Tilted a little toward the viewer, who looks down on it, so the bloom reads as a flower. */
const FLOWER_TILT = 0.45;
const INNER = 7;
const OUTER = 10;
const LEAVES = 5;

function createPetals(): InstancedBufferGeometry {
  const plane = new PlaneGeometry(1, 1, 4, 8).translate(0, 0.5, 0);
  const geometry = new InstancedBufferGeometry();
  geometry.index = plane.index;
  geometry.setAttribute('position', plane.getAttribute('position'));
  const count = INNER + OUTER + LEAVES;
  const petal = new Float32Array(count * 3);
  const color = new Float32Array(count * 3);
  const pink = new Color(C.petal);
  const deeper = new Color(C.petal).multiplyScalar(0.82);
  const leaf = new Color(C.leaf);
  let i = 0;
  const add = (angle: number, kind: number, length: number, c: Color) => {
    petal.set([angle, kind, length], i * 3);
    color.set([c.r, c.g, c.b], i * 3);
    i++;
  };
  for (let k = 0; k < INNER; k++) add((k / INNER) * Math.PI * 2 + 0.3, 0, 0.17, deeper);
  for (let k = 0; k < OUTER; k++) add((k / OUTER) * Math.PI * 2, 1, 0.25, pink);
  for (let k = 0; k < LEAVES; k++) add((k / LEAVES) * Math.PI * 2 + 0.5, 2, 0.36, leaf);
  geometry.setAttribute('aPetal', new InstancedBufferAttribute(petal, 3));
  geometry.setAttribute('aColor', new InstancedBufferAttribute(color, 3));
  geometry.instanceCount = count;
  return geometry;
}

/** A stone urn on a low plinth, the flower growing from it. */
function createUrn() {
  const profile: [number, number][] = [
    [0.01, 0],
    [0.26, 0],
    [0.26, 0.1],
    [0.2, 0.13],
    [0.15, 0.2],
    [0.1, 0.32],
    [0.09, 0.44],
    [0.13, 0.52],
    [0.22, 0.6],
    [0.27, 0.74],
    [0.3, 0.84],
    [0.32, 0.88],
    [0.28, 0.9],
    [0.01, 0.88],
  ];
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(r, y)),
    32,
  ).translate(FLOWER_AT[0], 0, FLOWER_AT[1]);
}

/**
 * The breathing guide: a rose-pink flower in a stone urn just ahead, opening on the in-breath and
 * gently closing on the out-breath; its petals lighten as it opens. Three draw calls.
 */
export function BreathingFlower({
  uniforms,
  glow,
}: {
  uniforms: GardenUniforms;
  /** How much the bloom lightens: follows the opening when the guide is shown. */
  glow: IUniform<number>;
}) {
  const petals = useDisposable(createPetals);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          uOpen: uniforms.uOpen,
          uGlow: glow,
          uTip: { value: new Color(C.petalTip) },
          uSunDir: uniforms.uSunDir,
        },
        vertexShader: FLOWER_VERTEX,
        fragmentShader: FLOWER_FRAGMENT,
        side: DoubleSide,
      }),
  );
  const heart = useDisposable(() =>
    new IcosahedronGeometry(0.04, 1)
      .scale(1, 0.7, 1)
      .translate(FLOWER_AT[0], FLOWER_HEIGHT + 0.012, FLOWER_AT[1]),
  );
  const heartMaterial = useDisposable(() =>
    gardenMaterial('base *= 0.8 + 0.4 * gNoise(vGardenWorld.xz * 300.0);', '', {
      color: C.flowerHeart,
      emissive: new Color(C.flowerHeart).multiplyScalar(0.25),
    }),
  );
  const urn = useDisposable(createUrn);
  const stone = useDisposable(() => gardenMaterial(STONE_GLSL, '', { color: C.urn }));
  return (
    <>
      <mesh geometry={urn} material={stone} />
      <mesh
        geometry={petals}
        material={material}
        position={[FLOWER_AT[0], FLOWER_HEIGHT, FLOWER_AT[1]]}
        rotation={[FLOWER_TILT, 0, 0]}
        frustumCulled={false}
      />
      <mesh geometry={heart} material={heartMaterial} />
    </>
  );
}
