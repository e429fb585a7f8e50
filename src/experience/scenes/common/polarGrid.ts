import { BufferGeometry, Float32BufferAttribute } from 'three';

export interface PolarGridOptions {
  /** Radius of the first ring, in metres (the centre is left open). */
  innerRadius: number;
  outerRadius: number;
  /** Rings are spaced geometrically, so triangles look the same size on screen at any distance. */
  rings: number;
  segments: number;
  /** Angles in radians measured from -Z toward +X; the default is the full circle. */
  startAngle?: number;
  endAngle?: number;
  /** Height of each vertex (default 0: a flat grid on the XZ plane). */
  height?: (x: number, z: number) => number;
  /** Close the hole in the middle with a fan (ground under the viewer's feet); full circles only. */
  fillCentre?: boolean;
  /** Keep a triangle? Lets a scene drop triangles that are always hidden (under land, say). */
  keepTriangle?: (a: number, b: number, c: number, positions: Float32Array) => boolean;
}

/**
 * A disc (or fan) of triangles around the viewer on the XZ plane, dense near and sparse far:
 * the right shape for a sea, a lake or ground seen from a seated viewpoint.
 */
export function createPolarGrid(options: PolarGridOptions): BufferGeometry {
  const { innerRadius, outerRadius, rings, segments } = options;
  const start = options.startAngle ?? -Math.PI;
  const end = options.endAngle ?? Math.PI;
  const fullCircle = Math.abs(end - start - Math.PI * 2) < 1e-6;
  const columns = fullCircle ? segments : segments + 1;
  const ratio = Math.pow(outerRadius / innerRadius, 1 / rings);
  const ringVertices = (rings + 1) * columns;
  const fillCentre = (options.fillCentre ?? false) && fullCircle;
  const positions = new Float32Array((ringVertices + (fillCentre ? 1 : 0)) * 3);
  let r = innerRadius;
  for (let ring = 0; ring <= rings; ring++) {
    for (let s = 0; s < columns; s++) {
      const angle = start + ((end - start) * s) / segments;
      const x = Math.sin(angle) * r;
      const z = -Math.cos(angle) * r;
      const i = (ring * columns + s) * 3;
      positions[i] = x;
      positions[i + 1] = options.height ? options.height(x, z) : 0;
      positions[i + 2] = z;
    }
    r *= ratio;
  }
  if (fillCentre) positions[ringVertices * 3 + 1] = options.height ? options.height(0, 0) : 0;
  const keep = options.keepTriangle;
  const indices: number[] = [];
  const push = (a: number, b: number, c: number) => {
    if (!keep || keep(a, b, c, positions)) indices.push(a, b, c);
  };
  for (let ring = 0; ring < rings; ring++) {
    for (let s = 0; s < segments; s++) {
      const next = fullCircle ? (s + 1) % columns : s + 1;
      const a = ring * columns + s;
      const b = ring * columns + next;
      const c = (ring + 1) * columns + s;
      const d = (ring + 1) * columns + next;
      // Counter-clockwise seen from above, so the faces point up.
      push(a, b, c);
      push(b, d, c);
    }
  }
  if (fillCentre) {
    for (let s = 0; s < segments; s++) push(ringVertices, (s + 1) % columns, s);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  return geometry;
}
