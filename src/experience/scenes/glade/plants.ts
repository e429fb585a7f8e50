import { BufferGeometry, Color, Float32BufferAttribute, Matrix4, Quaternion, Vector3 } from 'three';
import type { Instances } from './forest.ts';
import { GLADE_COLORS } from './palette.ts';
import { seededRandom } from '../common/seededRandom.ts';
import { azimuth, beyondClearing, groundHeight, smoothstep } from './terrain.ts';

/**
 * The plants of the glade floor: grass tufts, ferns and wildflowers. Each kind is one geometry,
 * 1 unit tall (`aTip` runs 0 at the root to 1 at the top, for swaying and light), drawn as one
 * InstancedMesh; the layouts below are computed once.
 */

interface Mesh {
  positions: number[];
  colors: number[];
  tips: number[];
  parts: number[];
}

function emptyMesh(): Mesh {
  return { positions: [], colors: [], tips: [], parts: [] };
}

function toGeometry(mesh: Mesh, withParts: boolean): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(mesh.positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(mesh.colors, 3));
  geometry.setAttribute('aTip', new Float32BufferAttribute(mesh.tips, 1));
  if (withParts) geometry.setAttribute('aPart', new Float32BufferAttribute(mesh.parts, 1));
  return geometry;
}

function vertex(mesh: Mesh, p: Vector3, shade: number, tip: number, part = 0) {
  mesh.positions.push(p.x, p.y, p.z);
  mesh.colors.push(shade, shade, shade);
  mesh.tips.push(tip);
  mesh.parts.push(part);
}

const BLADES = 8;

/** A tuft of grass: thin blades leaning out from a small clump, darker at the root. */
export function createTuftGeometry(): BufferGeometry {
  const rand = seededRandom(3);
  const mesh = emptyMesh();
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let i = 0; i < BLADES; i++) {
    const root = rand() * Math.PI * 2;
    const spread = rand() * 0.05;
    const x = Math.cos(root) * spread;
    const z = Math.sin(root) * spread;
    const side = rand() * Math.PI * 2;
    const w = 0.01 + rand() * 0.008;
    const lean = 0.02 + rand() * 0.09;
    const h = 0.6 + rand() * 0.4;
    a.set(x + Math.cos(side) * w, 0, z + Math.sin(side) * w);
    b.set(x - Math.cos(side) * w, 0, z - Math.sin(side) * w);
    c.set(x + Math.cos(root) * lean, h, z + Math.sin(root) * lean);
    const shade = 0.85 + rand() * 0.3;
    vertex(mesh, a, 0.7 * shade, 0);
    vertex(mesh, b, 0.7 * shade, 0);
    vertex(mesh, c, 1.15 * shade, h);
  }
  return toGeometry(mesh, false);
}

const FRONDS = 7;
const FROND_SEGMENTS = 7;

/**
 * A fern: fronds arching out and drooping at the tips, each a row of leaflet triangles either
 * side of the stem (the gaps between them give the feathery edge).
 */
export function createFernGeometry(): BufferGeometry {
  const rand = seededRandom(9);
  const mesh = emptyMesh();
  const spine = (heading: number, reach: number, rise: number, s: number, out: Vector3) => {
    const outward = reach * s;
    const up = rise * Math.sin(Math.min(s * 1.25, 1) * Math.PI * 0.62) - 0.35 * rise * s * s;
    return out.set(Math.cos(heading) * outward, up, Math.sin(heading) * outward);
  };
  const p0 = new Vector3();
  const p1 = new Vector3();
  const edge = new Vector3();
  for (let f = 0; f < FRONDS; f++) {
    const heading = (f / FRONDS) * Math.PI * 2 + rand() * 0.6;
    const reach = 0.7 + rand() * 0.35;
    const rise = 0.55 + rand() * 0.3;
    const sideX = -Math.sin(heading);
    const sideZ = Math.cos(heading);
    const shade = 0.85 + rand() * 0.25;
    for (let i = 0; i < FROND_SEGMENTS; i++) {
      const s0 = 0.12 + (0.88 * i) / FROND_SEGMENTS;
      const s1 = 0.12 + (0.88 * (i + 1)) / FROND_SEGMENTS;
      spine(heading, reach, rise, s0, p0);
      spine(heading, reach, rise, s1, p1);
      const width = 0.2 * Math.sin(Math.PI * (0.18 + 0.8 * s0)) * reach;
      const t0 = p0.y;
      const t1 = p1.y;
      for (const side of [-1, 1]) {
        // Each leaflet reaches out and forward from the stem, drooping a little.
        edge
          .copy(p1)
          .lerp(p0, 0.35)
          .add(new Vector3(sideX * side * width, -0.25 * width, sideZ * side * width));
        vertex(mesh, p0, 0.75 * shade, t0);
        vertex(mesh, p1, 0.9 * shade, t1);
        vertex(mesh, edge, 1.1 * shade, edge.y);
      }
    }
  }
  return toGeometry(mesh, false);
}

const PETALS = 5;

/**
 * A wildflower: a thin stem and a cupped, five-petalled head facing the sky. `aPart` is 0 on the
 * stem, 0.5 at the flower's centre and 1 at the petals' edges.
 */
export function createFlowerGeometry(): BufferGeometry {
  const mesh = emptyMesh();
  const head = new Vector3(0.01, 1, 0);
  vertex(mesh, new Vector3(-0.012, 0, 0), 0.7, 0, 0);
  vertex(mesh, new Vector3(0.012, 0, 0), 0.7, 0, 0);
  vertex(mesh, head, 1, 1, 0);
  const tip = new Vector3();
  const left = new Vector3();
  const right = new Vector3();
  const radius = 0.17;
  for (let i = 0; i < PETALS; i++) {
    const a = (i / PETALS) * Math.PI * 2;
    // Each petal is a kite: broad near its middle, so neighbours overlap into a whole flower.
    const at = (angle: number, r: number, lift: number, out: Vector3) =>
      out.set(head.x + Math.cos(angle) * r, head.y + lift, head.z + Math.sin(angle) * r);
    at(a, radius, 0.09, tip);
    at(a - 0.62, radius * 0.55, 0.03, left);
    at(a + 0.62, radius * 0.55, 0.03, right);
    vertex(mesh, head, 1, 1, 0.5);
    vertex(mesh, right, 1, 1, 0.8);
    vertex(mesh, tip, 1, 1, 1);
    vertex(mesh, head, 1, 1, 0.5);
    vertex(mesh, tip, 1, 1, 1);
    vertex(mesh, left, 1, 1, 0.8);
  }
  return toGeometry(mesh, true);
}

/** Nothing tall in the band ahead where captions float (0.4–0.9 m below the eye, 2.2 m out). */
function inCaptionZone(x: number, z: number): boolean {
  return z < -1.2 && z > -4.2 && Math.abs(x) < 1.6 + 0.3 * -z;
}

const TUFTS = 3000;
const FERNS = 110;
const FLOWERS = 700;

export interface Undergrowth {
  tufts: Instances;
  ferns: Instances;
  flowers: Instances;
}

export function createUndergrowth(): Undergrowth {
  const rand = seededRandom(17);
  const q = new Quaternion();
  const up = new Vector3(0, 1, 0);
  const place = (
    out: Instances,
    x: number,
    z: number,
    width: number,
    height: number,
    tint: Color,
  ) => {
    q.setFromAxisAngle(up, rand() * Math.PI * 2);
    out.matrices.push(
      new Matrix4().compose(
        new Vector3(x, groundHeight(x, z) - 0.01, z),
        q,
        new Vector3(width, height, width),
      ),
    );
    out.colors.push(tint);
  };

  const tufts: Instances = { matrices: [], colors: [] };
  const grass = new Color(GLADE_COLORS.grass);
  const dry = new Color(GLADE_COLORS.meadowDry);
  for (let attempt = 0; tufts.matrices.length < TUFTS && attempt < TUFTS * 10; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 0.3 + Math.pow(rand(), 1.5) * 18;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const b = beyondClearing(x, z);
    if (rand() > 1 - smoothstep(-1, 7, b)) continue;
    // Taller grass in drifts; kept short where the captions float.
    const drift = Math.sin(x * 0.37 + Math.sin(z * 0.29) * 2) * Math.sin(z * 0.33 - x * 0.13);
    let height = 0.16 + rand() * 0.14 + smoothstep(0, 0.8, drift) * 0.25;
    if (inCaptionZone(x, z)) height = Math.min(height, 0.2);
    const tint = grass
      .clone()
      .lerp(dry, rand() * 0.45)
      .multiplyScalar(0.85 + rand() * 0.25);
    place(tufts, x, z, 0.9 + rand() * 0.5, height, tint);
  }

  const ferns: Instances = { matrices: [], colors: [] };
  const fern = new Color(GLADE_COLORS.fern);
  for (let attempt = 0; ferns.matrices.length < FERNS && attempt < FERNS * 40; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 4 + rand() * 24;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const b = beyondClearing(x, z);
    if (b < -3 || b > 9) continue;
    if (Math.abs(azimuth(x, z)) < 0.5 && r < 10) continue;
    const size = 0.55 + rand() * 0.55;
    place(
      ferns,
      x,
      z,
      size,
      size * (0.8 + rand() * 0.3),
      fern.clone().multiplyScalar(0.85 + rand() * 0.3),
    );
  }

  const flowers: Instances = { matrices: [], colors: [] };
  const kinds = [
    new Color(GLADE_COLORS.flowerYellow),
    new Color(GLADE_COLORS.flowerWhite),
    new Color(GLADE_COLORS.flowerPink),
    new Color(GLADE_COLORS.flowerBlue),
  ];
  for (let attempt = 0; flowers.matrices.length < FLOWERS && attempt < FLOWERS * 40; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 1.2 + Math.pow(rand(), 0.8) * 14;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const b = beyondClearing(x, z);
    if (b > 1.5) continue;
    // Each kind grows in its own patches: buttercups in the open, campion and bluebells toward
    // the shade of the trees, stitchwort in between.
    const patch = Math.sin(x * 0.5 + 1.7 * Math.sin(z * 0.4)) * Math.sin(z * 0.45 - x * 0.2);
    if (patch < -0.2 && rand() < 0.7) continue;
    const shade = smoothstep(-5, 0, b);
    const pick = rand() + 0.35 * patch;
    const kind = shade > 0.5 ? (pick < 0.5 ? 3 : 2) : pick < 0.55 ? 0 : pick < 0.85 ? 1 : 2;
    const tint = kinds[kind]!.clone().multiplyScalar(0.9 + rand() * 0.15);
    let height = 0.22 + rand() * 0.2;
    if (inCaptionZone(x, z)) height = Math.min(height, 0.2);
    const size = 0.85 + rand() * 0.4;
    // Flower heads are drawn to scale: the stem's height is the instance's y scale.
    place(flowers, x, z, size * 0.3, height, tint);
  }
  return { tufts, ferns, flowers };
}
