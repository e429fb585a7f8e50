import {
  ConeGeometry,
  IcosahedronGeometry,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
} from 'three';
import type { BufferGeometry } from 'three';
import { useState } from 'react';
import { useDisposable } from '../common/useDisposable.ts';
import { gardenMaterial, glslColor } from './gardenMaterial.ts';
import { GARDEN_COLORS as C } from './palette.ts';
import {
  blooms,
  climbers,
  lavenderCushions,
  crowns,
  foliage,
  instanceMatrix,
  lavender,
  spires,
  topiary,
  yews,
} from './plantings.ts';
import type { Planting } from './plantings.ts';

/** Leaves: a lumpy surface from world-space noise, darker in the hollows. */
const LEAFY_GLSL = /* glsl */ `
  float leaf = gNoise(vGardenWorld.xz * 9.0 + vGardenWorld.y * 7.0) * gNoise(vGardenWorld.xy * 14.0 + 2.0);
  base *= 0.72 + 0.55 * leaf;
  base *= mix(0.7, 1.0, clamp(vGardenNormal.y * 0.5 + 0.5, 0.0, 1.0));
`;

function Instances({
  geometry,
  material,
  plantings,
}: {
  geometry: BufferGeometry;
  material: MeshLambertMaterial;
  plantings: Planting[];
}) {
  const mesh = useDisposable(() => {
    const m = new InstancedMesh(geometry, material, plantings.length);
    const matrix = new Matrix4();
    plantings.forEach((p, i) => {
      m.setMatrixAt(i, instanceMatrix(p, matrix));
      m.setColorAt(i, p.color);
    });
    m.computeBoundingSphere();
    return m;
  });
  return <primitive object={mesh} />;
}

/** Flower spikes: green stems, the colour only in the upper part (lavender, foxgloves). */
const SPIKE_GLSL = /* glsl */ `
  float bloom = smoothstep(-0.15, 0.05, vGardenLocal.y);
  base = mix(${glslColor(C.stem)}, base, bloom);
  base *= 0.8 + 0.35 * gNoise(vec2(vGardenLocal.y * 40.0, vGardenWorld.x * 9.0 + vGardenWorld.z * 9.0));
`;

/** Every plant in the garden, in five instanced draws (one per shape and material). */
export function Plantings() {
  const [lists] = useState(() => {
    const wall = climbers();
    return {
      leafy: [...foliage(), ...topiary(), ...lavenderCushions(), ...wall.leaves],
      crowns: crowns(),
      blooms: [...blooms(), ...wall.roses],
      spikes: [...lavender(), ...spires()],
      yews: yews(),
    };
  });
  const mound = useDisposable(() => new IcosahedronGeometry(1, 1));
  const crown = useDisposable(() => new IcosahedronGeometry(1, 1));
  const bloom = useDisposable(() => new IcosahedronGeometry(1, 0));
  const spike = useDisposable(() => new ConeGeometry(1, 1, 5, 1, true));
  const yew = useDisposable(() => new ConeGeometry(1, 1, 14, 4));
  const leafy = useDisposable(() => gardenMaterial(LEAFY_GLSL));
  const petals = useDisposable(() => new MeshLambertMaterial());
  const spikes = useDisposable(() => gardenMaterial(SPIKE_GLSL));
  return (
    <>
      <Instances geometry={mound} material={leafy} plantings={lists.leafy} />
      <Instances geometry={crown} material={leafy} plantings={lists.crowns} />
      <Instances geometry={bloom} material={petals} plantings={lists.blooms} />
      <Instances geometry={spike} material={spikes} plantings={lists.spikes} />
      <Instances geometry={yew} material={leafy} plantings={lists.yews} />
    </>
  );
}
