import { Color, ShaderMaterial, Vector3 } from 'three';
import type { ColorRepresentation, IUniform } from 'three';
import { createPolarGrid } from './polarGrid.ts';
import type { SkyUniforms } from './skyUniforms.ts';
import {
  SOCIAL_GROUND_FRAGMENT,
  SOCIAL_WATER_FRAGMENT,
  SOCIAL_WATER_VERTEX,
  WORLD_POSITION_VERTEX,
} from './socialGround.glsl.ts';
import { useDisposable } from './useDisposable.ts';

export interface GroundLook {
  near: ColorRepresentation;
  far: ColorRepresentation;
  light: ColorRepresentation;
  glowColor: ColorRepresentation;
  glowRadius: number;
  stripe: number;
}

/** Per-frame uniforms a social scene changes (the fire's flicker, the water's time). */
export interface GroundUniforms {
  uGlow: IUniform<number>;
  uTime: IUniform<number>;
}

export function createGroundUniforms(): GroundUniforms {
  return { uGlow: { value: 1 }, uTime: { value: 0 } };
}

/** The ground round a social gathering: a disc dense near the seats and sparse far away. */
export function SocialGround(props: {
  sky: SkyUniforms;
  live: GroundUniforms;
  look: GroundLook;
  radius?: number;
  /** Keep only ground where this is true (e.g. not under the sea). */
  keep?: (x: number, z: number) => boolean;
}) {
  const { sky, live, look, radius = 600, keep } = props;
  const geometry = useDisposable(() =>
    createPolarGrid({
      innerRadius: 0.5,
      outerRadius: radius,
      rings: 60,
      segments: 96,
      fillCentre: true,
      ...(keep
        ? {
            keepTriangle: (a: number, b: number, c: number, p: Float32Array) =>
              keep(p[a * 3]!, p[a * 3 + 2]!) ||
              keep(p[b * 3]!, p[b * 3 + 2]!) ||
              keep(p[c * 3]!, p[c * 3 + 2]!),
          }
        : {}),
    }),
  );
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          ...sky,
          ...live,
          uNear: { value: new Color(look.near) },
          uFar: { value: new Color(look.far) },
          uLight: { value: new Color(look.light) },
          uGlowColor: { value: new Color(look.glowColor) },
          uGlowCentre: { value: new Vector3() },
          uGlowRadius: { value: look.glowRadius },
          uStripe: { value: look.stripe },
        },
        vertexShader: WORLD_POSITION_VERTEX,
        fragmentShader: SOCIAL_GROUND_FRAGMENT,
      }),
  );
  return <mesh geometry={geometry} material={material} />;
}

/** Calm water from `innerRadius` outward within an arc (angles from -Z toward +X). */
export function SocialWater(props: {
  sky: SkyUniforms;
  live: GroundUniforms;
  deep: ColorRepresentation;
  glowColor: ColorRepresentation;
  centre: readonly [number, number];
  innerRadius: number;
  outerRadius: number;
  arc?: readonly [number, number];
  y?: number;
}) {
  const { sky, live, deep, glowColor, centre, innerRadius, outerRadius, arc, y = 0.02 } = props;
  const geometry = useDisposable(() =>
    createPolarGrid({
      innerRadius,
      outerRadius,
      rings: 70,
      segments: 120,
      ...(arc ? { startAngle: arc[0], endAngle: arc[1] } : { fillCentre: true }),
    }),
  );
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: {
          ...sky,
          ...live,
          uDeep: { value: new Color(deep) },
          uGlowColor: { value: new Color(glowColor) },
        },
        vertexShader: SOCIAL_WATER_VERTEX,
        fragmentShader: SOCIAL_WATER_FRAGMENT,
      }),
  );
  return (
    <mesh
      geometry={geometry}
      material={material}
      position={[centre[0], y, centre[1]]}
      frustumCulled={false}
    />
  );
}
