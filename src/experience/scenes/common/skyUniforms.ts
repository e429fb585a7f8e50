import { Color, Vector3 } from 'three';
import type { ColorRepresentation, IUniform } from 'three';

/** The look of a gradient sky, in sRGB colours and degrees: pure data, one per scene. */
export interface SkyPalette {
  /** Straight up. */
  zenith: ColorRepresentation;
  /** The band about 20–40° above the horizon. */
  upper: ColorRepresentation;
  /** The band a few degrees above the horizon (a sunset's afterglow). */
  low: ColorRepresentation;
  /** The horizon beneath the sun (or moon). */
  horizonSunward: ColorRepresentation;
  /** The horizon on the far side of the sky from the sun. */
  horizonAway: ColorRepresentation;
  /** The soft halo around the sun, added on top of the gradient. */
  glow: ColorRepresentation;
  glowStrength: number;
  /** The disc itself; `sunIntensity` above 1 lets it bloom softly through tone mapping. */
  sun: ColorRepresentation;
  sunIntensity: number;
  /** 0 is straight ahead (-Z), positive turns toward +X (the viewer's right). */
  sunAzimuthDeg: number;
  sunElevationDeg: number;
  /** Apparent radius of the disc (the real sun is 0.27°; a little larger reads better in VR). */
  sunRadiusDeg: number;
  /** Metres over which land and water fade into the horizon colour (aerial perspective). */
  hazeDistance: number;
}

/**
 * Uniforms read by SKY_GLSL. One object per scene, spread into every material that wants the
 * sky's colours (the dome, water reflections, distance haze): they share the same `{ value }`
 * objects, so changing the sky once changes it everywhere.
 */
export type SkyUniforms = {
  uSkyZenith: IUniform<Color>;
  uSkyUpper: IUniform<Color>;
  uSkyLow: IUniform<Color>;
  uSkyHorizonSun: IUniform<Color>;
  uSkyHorizonAway: IUniform<Color>;
  uSkyGlow: IUniform<Color>;
  uSkyGlowStrength: IUniform<number>;
  uSunColor: IUniform<Color>;
  uSunDir: IUniform<Vector3>;
  uSunRadius: IUniform<number>;
  uHazeDistance: IUniform<number>;
};

const DEG = Math.PI / 180;

/** Unit vector toward a point on the sky given as azimuth (from -Z toward +X) and elevation. */
export function skyDirection(azimuthDeg: number, elevationDeg: number, out: Vector3): Vector3 {
  const az = azimuthDeg * DEG;
  const el = elevationDeg * DEG;
  return out.set(Math.sin(az) * Math.cos(el), Math.sin(el), -Math.cos(az) * Math.cos(el));
}

export function createSkyUniforms(palette: SkyPalette): SkyUniforms {
  return {
    uSkyZenith: { value: new Color(palette.zenith) },
    uSkyUpper: { value: new Color(palette.upper) },
    uSkyLow: { value: new Color(palette.low) },
    uSkyHorizonSun: { value: new Color(palette.horizonSunward) },
    uSkyHorizonAway: { value: new Color(palette.horizonAway) },
    uSkyGlow: { value: new Color(palette.glow) },
    uSkyGlowStrength: { value: palette.glowStrength },
    uSunColor: { value: new Color(palette.sun).multiplyScalar(palette.sunIntensity) },
    uSunDir: {
      value: skyDirection(palette.sunAzimuthDeg, palette.sunElevationDeg, new Vector3()),
    },
    uSunRadius: { value: palette.sunRadiusDeg * DEG },
    uHazeDistance: { value: palette.hazeDistance },
  };
}
