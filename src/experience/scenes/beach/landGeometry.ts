import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { createPolarGrid } from '../common/polarGrid.ts';
import { BEACH_COLORS } from './palette.ts';
import { SEA_LEVEL, groundHeight, landward } from './terrain.ts';

/** Sand triangles this far under the lowest sea are never seen: leave them out. */
const HIDDEN_DEPTH_M = 1.2;

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** The beach, the dunes and the sea floor near the shore, with vertex colours. */
function createSand(): BufferGeometry {
  const geometry = createPolarGrid({
    innerRadius: 0.3,
    outerRadius: 430,
    rings: 116,
    segments: 192,
    fillCentre: true,
    height: groundHeight,
    keepTriangle: (a, b, c, p) =>
      Math.max(p[a * 3 + 1]!, p[b * 3 + 1]!, p[c * 3 + 1]!) > SEA_LEVEL - HIDDEN_DEPTH_M,
  });
  geometry.computeVertexNormals();
  const position = geometry.getAttribute('position');
  const colors = new Float32Array(position.count * 3);
  const dry = new Color(BEACH_COLORS.drySand);
  const damp = new Color(BEACH_COLORS.dampSand);
  const wrack = new Color(BEACH_COLORS.wrack);
  const grass = new Color(BEACH_COLORS.duneGrass);
  const c = new Color();
  for (let i = 0; i < position.count; i++) {
    const x = position.getX(i);
    const z = position.getZ(i);
    const u = landward(x, z);
    // Broad, gentle patches of lighter and darker sand.
    const patch = 0.5 + 0.5 * Math.sin(x * 0.21 + Math.sin(z * 0.17) * 2.1) * Math.sin(z * 0.29);
    c.copy(dry).lerp(damp, 0.18 * patch);
    // Sand the sea reaches at high tide stays a little darker.
    c.lerp(damp, 1 - smoothstep(0.2, 2.2, u));
    // A faint wavy line of weed and shells where the last tide turned.
    const wrackAt = 1.9 + 0.25 * Math.sin(x * 1.7) + 0.15 * Math.sin(x * 4.3 + 1);
    const broken = smoothstep(0.1, 0.6, Math.sin(x * 2.9) * Math.sin(x * 1.3 + 2));
    c.lerp(wrack, 0.3 * broken * (1 - smoothstep(0, 0.12, Math.abs(u - wrackAt))));
    // Marram grass on the dune tops.
    const tufts =
      0.5 + 0.5 * Math.sin(x * 0.7 + Math.sin(z * 0.5) * 3) * Math.sin(z * 0.61 + x * 0.2);
    c.lerp(grass, smoothstep(14, 30, u) * (0.45 + 0.45 * tufts));
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

interface RidgeOptions {
  from: readonly [number, number];
  to: readonly [number, number];
  /** Half width across the ridge at its widest, metres. */
  halfWidth: number;
  peak: number;
  /** Which side faces the open sea (+1: right of from→to), where it drops in a cliff. */
  seaSide: 1 | -1;
  seed: number;
}

/** A headland: a long ridge rising from the sea, ending in a cliff, with a grassy top. */
function createRidge(o: RidgeOptions): BufferGeometry {
  const along = 64;
  const across = 14;
  const dx = o.to[0] - o.from[0];
  const dz = o.to[1] - o.from[1];
  const length = Math.hypot(dx, dz);
  const ax = dx / length;
  const az = dz / length;
  const positions: number[] = [];
  for (let i = 0; i <= along; i++) {
    const s = i / along;
    // Low where it leaves the land, a broad summit, then a cliff at the seaward tip.
    const rise = smoothstep(0, 0.6, s) * (1 - smoothstep(0.86, 1, s));
    const roll =
      1 +
      0.22 * Math.sin(s * 9 + o.seed) +
      0.12 * Math.sin(s * 21 + o.seed * 2) +
      0.05 * Math.sin(s * 47 + o.seed * 5);
    const height = o.peak * rise * roll;
    const halfWidth = o.halfWidth * (0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, s * 1.3)));
    for (let j = 0; j <= across; j++) {
      const t = (j / across) * 2 - 1;
      // Steeper toward the sea: a cliff there, a long grassy slope inland.
      const side = t * o.seaSide > 0 ? Math.pow(Math.abs(t), 4) : Math.pow(Math.abs(t), 1.5);
      const y = SEA_LEVEL - 4 + (height + 4) * (1 - side);
      const x = o.from[0] + ax * length * s - az * t * halfWidth;
      const z = o.from[1] + az * length * s + ax * t * halfWidth;
      positions.push(x, y, z);
    }
  }
  const indices: number[] = [];
  for (let i = 0; i < along; i++) {
    for (let j = 0; j < across; j++) {
      const a = i * (across + 1) + j;
      const b = a + 1;
      const c = a + across + 1;
      const d = c + 1;
      indices.push(a, b, c, b, d, c);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  const normal = geometry.getAttribute('normal');
  const colors = new Float32Array(normal.count * 3);
  const rock = new Color(BEACH_COLORS.rock);
  const grass = new Color(BEACH_COLORS.headlandGrass);
  const c = new Color();
  for (let i = 0; i < normal.count; i++) {
    c.copy(rock).lerp(grass, smoothstep(0.6, 0.85, Math.abs(normal.getY(i))));
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}

/** All the land in one geometry (one draw call): sand, dunes and the headlands. */
export function createLandGeometry(): BufferGeometry {
  const parts = [
    createSand(),
    // Left: a long headland running out to sea from the cove's left arm.
    createRidge({
      from: [-170, -105],
      to: [-262, -420],
      halfWidth: 55,
      peak: 36,
      seaSide: 1,
      seed: 1,
    }),
    // Right: a lower, farther one across the bay, hazy with distance.
    createRidge({
      from: [330, -420],
      to: [330, -690],
      halfWidth: 60,
      peak: 26,
      seaSide: -1,
      seed: 4,
    }),
  ];
  const merged = mergeGeometries(parts);
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('beach land: geometries could not be merged');
  return merged;
}
