import { AdditiveBlending, BufferGeometry, Float32BufferAttribute, ShaderMaterial } from 'three';
import { useDisposable } from '../common/useDisposable.ts';
import { NIGHT_SKY } from './nightPalette.ts';
import type { NightUniforms } from './nightUniforms.ts';
import { STARS_FRAGMENT, STARS_VERTEX } from './stars.glsl.ts';
import { createStarField } from './starField.ts';

/** Inside the sky dome, beyond the far hills (so they hide the stars behind them). */
const STAR_RADIUS_M = 850;
const DEG = Math.PI / 180;

function createStarGeometry(): BufferGeometry {
  const az = NIGHT_SKY.sunAzimuthDeg * DEG;
  const el = NIGHT_SKY.sunElevationDeg * DEG;
  const moon = [Math.sin(az) * Math.cos(el), Math.sin(el), -Math.cos(az) * Math.cos(el)] as const;
  const field = createStarField(moon, NIGHT_SKY.sunRadiusDeg * DEG * 2.5);
  const positions = field.directions.map((v) => v * STAR_RADIUS_M);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('aTwinkle', new Float32BufferAttribute(field.twinkle, 3));
  geometry.setAttribute('aWarmth', new Float32BufferAttribute(field.warmth, 1));
  return geometry;
}

/** Every star in the sky: one Points draw call, each star a soft point a few pixels across. */
export function Stars({ uniforms }: { uniforms: NightUniforms }) {
  const geometry = useDisposable(createStarGeometry);
  const material = useDisposable(
    () =>
      new ShaderMaterial({
        uniforms: { uTime: uniforms.uTime, uPixelScale: uniforms.uPixelScale },
        vertexShader: STARS_VERTEX,
        fragmentShader: STARS_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: AdditiveBlending,
      }),
  );
  return (
    <points geometry={geometry} material={material} renderOrder={-999} frustumCulled={false} />
  );
}
