import { Color, Mesh, PlaneGeometry, ShaderMaterial, Vector2 } from 'three';

/** Margin round the words, and the corner radius (metres, before the caption size scale). */
const PAD_X_M = 0.09;
const PAD_Y_M = 0.06;
const RADIUS_M = 0.07;

const VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = uv;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// A rounded box from its signed distance, with a softened edge so it never looks cut out.
const FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
uniform vec2 uSize;
uniform float uRadius;
varying vec2 vUv;
void main() {
  vec2 p = (vUv - 0.5) * uSize;
  vec2 q = abs(p) - (uSize * 0.5 - vec2(uRadius));
  float d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - uRadius;
  float alpha = uOpacity * (1.0 - smoothstep(-0.012, 0.0, d));
  gl_FragColor = vec4(uColor, alpha);
  #include <colorspace_fragment>
}
`;

export type CaptionPanel = Mesh<PlaneGeometry, ShaderMaterial>;

/** The soft dark panel behind a caption; sized to the words by fitCaptionPanel. */
export function createCaptionPanel(color: string): CaptionPanel {
  const mesh = new Mesh(
    new PlaneGeometry(1, 1),
    new ShaderMaterial({
      uniforms: {
        uColor: { value: new Color(color) },
        uOpacity: { value: 0 },
        uSize: { value: new Vector2(1, 1) },
        uRadius: { value: RADIUS_M },
      },
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      transparent: true,
      // Over the scene, like the words on it: a caption never hides behind a plant or an urn.
      depthTest: false,
      depthWrite: false,
    }),
  );
  mesh.renderOrder = 9;
  return mesh;
}

/**
 * Fits the panel round text laid out with bounds [minX, minY, maxX, maxY] (troika's
 * blockBounds, in the text's own metres). Returns false when there are no words to frame.
 */
export function fitCaptionPanel(panel: CaptionPanel, bounds: readonly number[]): boolean {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bounds;
  if (!(maxX > minX)) return false;
  const w = maxX - minX + 2 * PAD_X_M;
  const h = maxY - minY + 2 * PAD_Y_M;
  panel.scale.set(w, h, 1);
  panel.position.set((minX + maxX) / 2, (minY + maxY) / 2, 0);
  (panel.material.uniforms.uSize!.value as Vector2).set(w, h);
  return true;
}

export function setCaptionPanelOpacity(panel: CaptionPanel, opacity: number): void {
  panel.material.uniforms.uOpacity!.value = opacity;
}
