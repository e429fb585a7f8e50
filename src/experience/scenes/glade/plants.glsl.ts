import { GLADE_GLSL } from './glade.glsl.ts';

/**
 * Grass, ferns and flowers: swayed by a slow breeze and lit per vertex (their fragment shader is
 * HAZED_FRAGMENT). With FLOWER defined, `aPart` picks stem, flower centre or petal colour.
 */
export const PLANT_VERTEX = /* glsl */ `
${GLADE_GLSL}
attribute float aTip;
uniform float uSway;
uniform vec3 uLeafGlow;
#ifdef FLOWER
attribute float aPart;
uniform vec3 uStemColor;
uniform vec3 uCentreColor;
#endif
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vec3 root = (modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  // A breeze: slow swells crossing the glade, each plant a little out of step.
  float breeze = sin(uTime * 0.8 + root.x * 0.35 + root.z * 0.25)
    + 0.4 * sin(uTime * 1.3 + root.z * 0.9 - root.x * 0.4);
  float bend = aTip * aTip * length(instanceMatrix[1].xyz);
  world.xz += vec2(1.0, 0.55) * (uSway * breeze * bend);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vec3 v = toEye / dist;
#ifdef FLOWER
  vec3 albedo = aPart < 0.25 ? uStemColor : mix(uCentreColor, instanceColor, aPart * 2.0 - 1.0);
#else
  vec3 albedo = color * instanceColor;
#endif
  float sun = sunReach(root.xz) * uLightBoost;
  // Deeper shade among the trunks, where the sky is hidden.
  float open = 0.5 + 0.5 * sunPatch(root.xz * 0.85 + uLitCentre * 0.15);
  vec3 light = mix(uGroundLight, uSkyLight, 0.6 + 0.4 * aTip) * (0.55 + 0.45 * aTip) * open
    + uSunLight * (sun * (0.45 + 0.4 * aTip));
  // Blades and fronds glow where the sun shines through them.
  float through = pow(max(dot(-v, uSunDir), 0.0), 2.0) * sun * aTip;
  vColor = albedo * light + uLeafGlow * albedo * (0.9 * through);
  vHazeAmount = gladeHazeAmount(dist);
  vHaze = gladeHaze(-v);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;
