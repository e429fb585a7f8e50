import { MeshLambertMaterial } from 'three';
import type { MeshLambertMaterialParameters } from 'three';

/**
 * A Lambert material (three's own lighting and fog) whose base colour is computed per fragment by
 * `colorGlsl` from the world position `vGardenWorld`, the normal `vGardenNormal` and the geometry's own
 * position `vGardenLocal` (before instancing): bricks, lawn
 * stripes, gravel. `colorGlsl` sets `vec3 base`; `helpersGlsl` may declare functions and uniforms.
 */
export function gardenMaterial(
  colorGlsl: string,
  helpersGlsl = '',
  params: MeshLambertMaterialParameters = {},
): MeshLambertMaterial {
  const material = new MeshLambertMaterial(params);
  // three caches programs by onBeforeCompile's source text, the same for every garden material.
  const key = `garden:${colorGlsl}${helpersGlsl}`;
  material.customProgramCacheKey = () => key;
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vGardenWorld;\nvarying vec3 vGardenNormal;\nvarying vec3 vGardenLocal;',
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
vec4 gardenLocal = vec4(transformed, 1.0);
vec3 gardenNormal = objectNormal;
#ifdef USE_INSTANCING
gardenLocal = instanceMatrix * gardenLocal;
gardenNormal = mat3(instanceMatrix) * gardenNormal;
#endif
vGardenWorld = (modelMatrix * gardenLocal).xyz;
vGardenLocal = position;
vGardenNormal = normalize(mat3(modelMatrix) * gardenNormal);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
varying vec3 vGardenWorld;
varying vec3 vGardenNormal;
varying vec3 vGardenLocal;
float gHash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }
float gNoise(vec2 p) {
  vec2 i = floor(p); vec2 f = fract(p); vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(gHash(i), gHash(i + vec2(1.0, 0.0)), u.x),
             mix(gHash(i + vec2(0.0, 1.0)), gHash(i + vec2(1.0, 1.0)), u.x), u.y);
}
${helpersGlsl}`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
{
  vec3 base = diffuseColor.rgb;
  ${colorGlsl}
  diffuseColor.rgb = base;
}`,
      );
  };
  return material;
}

/** sRGB hex to a GLSL vec3 literal in linear space (what three's lighting works in). */
export function glslColor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  const r = lin((n >> 16) & 255);
  const g = lin((n >> 8) & 255);
  const b = lin(n & 255);
  return `vec3(${r.toFixed(4)}, ${g.toFixed(4)}, ${b.toFixed(4)})`;
}

/**
 * Weathered stone (coping, door frame, fountain, urn): one shader for all of them, so they share
 * one GPU program (each compile is a hitch on a headset); each keeps its own colour.
 */
export const STONE_GLSL = /* glsl */ `
  base *= 0.86 + 0.16 * gNoise(vGardenWorld.xz * 7.0 + vGardenWorld.y * 11.0);
  base *= mix(0.8, 1.0, smoothstep(0.0, 0.3, vGardenWorld.y));
`;
