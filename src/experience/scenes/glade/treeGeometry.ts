import { BufferGeometry, Float32BufferAttribute, IcosahedronGeometry, Vector3 } from 'three';
import { LIMBS, limbBase, limbDirection, trunkBend, trunkRadius } from './forest.ts';
import { seededRandom } from '../common/seededRandom.ts';

/** Heights (in trunk units) of the trunk's rings: close together where the roots flare. */
const TRUNK_RINGS = [0, 0.02, 0.05, 0.1, 0.2, 0.32, 0.45, 0.6, 0.78, 1];
const TRUNK_SIDES = 7;
const LIMB_SIDES = 5;
const LIMB_RINGS = 3;

interface Tube {
  positions: number[];
  normals: number[];
  shades: number[];
  indices: number[];
}

/** A ring of vertices round `centre`, perpendicular to `axis`, then joined to the previous ring. */
function ring(
  tube: Tube,
  centre: Vector3,
  axis: Vector3,
  radius: number,
  sides: number,
  shade: number,
  join: boolean,
) {
  const side = Math.abs(axis.y) < 0.99 ? new Vector3(0, 1, 0) : new Vector3(1, 0, 0);
  const u = new Vector3().crossVectors(axis, side).normalize();
  const v = new Vector3().crossVectors(axis, u).normalize();
  const start = tube.positions.length / 3;
  for (let s = 0; s < sides; s++) {
    const a = (s / sides) * Math.PI * 2;
    const n = u.clone().multiplyScalar(Math.cos(a)).addScaledVector(v, Math.sin(a));
    tube.positions.push(centre.x + n.x * radius, centre.y + n.y * radius, centre.z + n.z * radius);
    tube.normals.push(n.x, n.y, n.z);
    tube.shades.push(shade);
  }
  if (!join) return;
  const prev = start - sides;
  for (let s = 0; s < sides; s++) {
    const a = prev + s;
    const b = prev + ((s + 1) % sides);
    const c = start + s;
    const d = start + ((s + 1) % sides);
    tube.indices.push(a, c, b, b, c, d);
  }
}

/**
 * One trunk, 1 unit tall, with three limbs climbing into the crown. Instances scale it to each
 * tree. `aShade` darkens the roots (moss and damp) and is 1 up the trunk.
 */
export function createTrunkGeometry(): BufferGeometry {
  const tube: Tube = { positions: [], normals: [], shades: [], indices: [] };
  const up = new Vector3(0, 1, 0);
  const centre = new Vector3();
  TRUNK_RINGS.forEach((t, i) => {
    centre.set(trunkBend(t), t, 0);
    const shade = 0.55 + 0.45 * Math.min(1, t / 0.12);
    ring(tube, centre, up, trunkRadius(t), TRUNK_SIDES, shade, i > 0);
  });
  const base = new Vector3();
  const dir = new Vector3();
  for (const limb of LIMBS) {
    limbBase(limb, base);
    limbDirection(limb, dir);
    const r0 = trunkRadius(limb.at) * 0.55;
    for (let i = 0; i <= LIMB_RINGS; i++) {
      const f = i / LIMB_RINGS;
      // Each limb curves upward a little toward its tip.
      centre.copy(base).addScaledVector(dir, limb.length * f);
      centre.y += 0.03 * f * f;
      ring(tube, centre, dir, r0 * (1 - 0.7 * f), LIMB_SIDES, 1, i > 0);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(tube.positions, 3));
  geometry.setAttribute('normal', new Float32BufferAttribute(tube.normals, 3));
  geometry.setAttribute('aShade', new Float32BufferAttribute(tube.shades, 1));
  geometry.setIndex(tube.indices);
  return geometry;
}

const LEAF_CARDS = 170;
/** Radius of the dark, solid heart of each clump, so the sky never shows through its middle. */
const CORE_RADIUS = 0.5;

/**
 * A clump of leaves about a unit sphere: overlapping leaf-shaped triangles, lit as if they were
 * one rounded mass (their normals point mostly out from the clump's centre), so the clump reads as
 * soft foliage with a ragged, leafy edge. `aShade` is how much light reaches each leaf: the
 * inside and underside of the clump are darker.
 */
export function createLeafClumpGeometry(): BufferGeometry {
  const rand = seededRandom(23);
  const positions: number[] = [];
  const normals: number[] = [];
  const shades: number[] = [];
  const colors: number[] = [];
  const dir = new Vector3();
  const c = new Vector3();
  const facing = new Vector3();
  const u = new Vector3();
  const v = new Vector3();
  const tmp = new Vector3();
  const n = new Vector3();
  for (let i = 0; i < LEAF_CARDS; i++) {
    // A direction uniformly over the sphere, and a depth biased toward the surface.
    const y = rand() * 2 - 1;
    const a = rand() * Math.PI * 2;
    const ring = Math.sqrt(1 - y * y);
    dir.set(Math.cos(a) * ring, y, Math.sin(a) * ring);
    const depth = 0.45 + 0.55 * Math.sqrt(rand());
    // A lumpy outline: some lobes of the clump reach further than others.
    const lobe = 1 + 0.18 * Math.sin(a * 3 + y * 4) * Math.sin(y * 5 + 1);
    c.copy(dir).multiplyScalar(depth * lobe);
    // Leaves face roughly outward, tumbled.
    facing
      .set(rand() - 0.5, rand() - 0.5, rand() - 0.5)
      .multiplyScalar(1.6)
      .add(dir)
      .normalize();
    tmp.set(rand() - 0.5, rand() - 0.5, rand() - 0.5);
    u.crossVectors(facing, tmp).normalize();
    v.crossVectors(facing, u).normalize();
    const size = 0.17 + rand() * 0.1;
    const light = (0.3 + 0.7 * ((depth - 0.45) / 0.55)) * (0.75 + 0.25 * y);
    const jitter = 0.85 + rand() * 0.3;
    // Mostly the clump's roundness, a little of the leaf's own facing: it sparkles a touch.
    n.copy(dir)
      .setY(dir.y + 0.2)
      .normalize()
      .multiplyScalar(0.75)
      .addScaledVector(facing, 0.25);
    n.normalize();
    // A leaf-shaped triangle: long along u, narrower across v.
    const corners = [
      [size, 0.05 * size],
      [-0.55 * size, 0.5 * size],
      [-0.5 * size, -0.45 * size],
    ] as const;
    // The leaf's tip is lighter than where it joins the twig.
    const grade = [1.15, 0.8, 0.8];
    corners.forEach(([cu, cv], k) => {
      positions.push(
        c.x + u.x * cu + v.x * cv,
        c.y + u.y * cu + v.y * cv,
        c.z + u.z * cu + v.z * cv,
      );
      normals.push(n.x, n.y, n.z);
      shades.push(light);
      const g = jitter * grade[k]!;
      colors.push(g, g * (0.95 + rand() * 0.1), g * (0.85 + rand() * 0.15));
    });
  }
  // The heart: a coarse ball in deep shade, wholly inside the leaves.
  const core = new IcosahedronGeometry(CORE_RADIUS, 0);
  const corePositions = core.getAttribute('position');
  for (let i = 0; i < corePositions.count; i++) {
    dir.set(corePositions.getX(i), corePositions.getY(i), corePositions.getZ(i));
    positions.push(dir.x, dir.y * 0.9, dir.z);
    dir.normalize();
    normals.push(dir.x, dir.y, dir.z);
    shades.push(0.42 + 0.12 * dir.y);
    colors.push(0.85, 0.85, 0.8);
  }
  core.dispose();
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  geometry.setAttribute('aShade', new Float32BufferAttribute(shades, 1));
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  return geometry;
}
