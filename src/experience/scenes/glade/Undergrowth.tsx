import { useState } from 'react';
import { Color, DoubleSide, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import type { GladeUniforms } from './gladeUniforms.ts';
import { createInstancedMesh } from './instances.ts';
import { GLADE_COLORS } from './palette.ts';
import {
  createFernGeometry,
  createFlowerGeometry,
  createTuftGeometry,
  createUndergrowth,
} from './plants.ts';
import { PLANT_VERTEX } from './plants.glsl.ts';
import { HAZED_FRAGMENT } from './trees.glsl.ts';

function plantMaterial(uniforms: GladeUniforms, sway: number, flower = false): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      ...uniforms,
      uSway: { value: sway },
      uStemColor: { value: new Color(GLADE_COLORS.stem) },
      uCentreColor: { value: new Color(GLADE_COLORS.flowerCentre) },
    },
    defines: flower ? { FLOWER: '' } : {},
    vertexShader: PLANT_VERTEX,
    fragmentShader: HAZED_FRAGMENT,
    vertexColors: !flower,
    side: DoubleSide,
  });
}

/** Grass, ferns and wildflowers: one draw call for each kind. */
export function Undergrowth({ uniforms }: { uniforms: GladeUniforms }) {
  const [layout] = useState(createUndergrowth);
  const tuftGeometry = useDisposable(createTuftGeometry);
  const fernGeometry = useDisposable(createFernGeometry);
  const flowerGeometry = useDisposable(createFlowerGeometry);
  const tuftMaterial = useDisposable(() => plantMaterial(uniforms, 0.09));
  const fernMaterial = useDisposable(() => plantMaterial(uniforms, 0.03));
  const flowerMaterial = useDisposable(() => plantMaterial(uniforms, 0.05, true));
  const tufts = useDisposable(() => createInstancedMesh(tuftGeometry, tuftMaterial, layout.tufts));
  const ferns = useDisposable(() => createInstancedMesh(fernGeometry, fernMaterial, layout.ferns));
  const flowers = useDisposable(() =>
    createInstancedMesh(flowerGeometry, flowerMaterial, layout.flowers),
  );
  return (
    <>
      <primitive object={tufts} />
      <primitive object={ferns} />
      <primitive object={flowers} />
    </>
  );
}
