import type { Matrix4 } from 'three';
import { Color, Euler, Quaternion, Vector3 } from 'three';
import { seededRandom } from '../common/seededRandom.ts';
import { GARDEN, borderSpots } from './layout.ts';
import { GARDEN_COLORS as C } from './palette.ts';

/** One instance: where, how big (x, y, z), turned about y, and its colour. */
export interface Planting {
  position: Vector3;
  scale: Vector3;
  turn: number;
  color: Color;
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

function planting(
  x: number,
  y: number,
  z: number,
  sx: number,
  sy: number,
  sz: number,
  turn: number,
  color: Color,
): Planting {
  return { position: new Vector3(x, y, z), scale: new Vector3(sx, sy, sz), turn, color };
}

/** Writes instances into matrices and colours (for an InstancedMesh). */
export function instanceMatrix(p: Planting, out: Matrix4): Matrix4 {
  const q = new Quaternion().setFromEuler(new Euler(0, p.turn, 0));
  return out.compose(p.position, q, p.scale);
}

/** Leafy mounds filling the borders, taller toward the wall. */
export function foliage(): Planting[] {
  const rand = seededRandom(21);
  return borderSpots(0.42, 3).map((s) => {
    const size = 0.26 + 0.22 * s.depth + rand() * 0.12;
    const color = new Color(pick(C.foliage, rand())).multiplyScalar(0.85 + rand() * 0.3);
    return planting(
      s.x,
      size * 0.45,
      s.z,
      size,
      size * (0.9 + 0.5 * s.depth),
      size,
      rand() * 6.3,
      color,
    );
  });
}

/** Flower heads on the mounds: roses, phlox and daisies in soft pinks, creams and reds. */
export function blooms(): Planting[] {
  const rand = seededRandom(33);
  return borderSpots(0.26, 7).map((s) => {
    const mound = 0.26 + 0.22 * s.depth;
    const size = 0.06 + rand() * 0.05;
    const color = new Color(pick(C.flowers, rand())).multiplyScalar(0.9 + rand() * 0.15);
    // On and just above the tops of the leafy mounds (taller toward the wall).
    const y = mound * (1.05 + 0.75 * s.depth) + rand() * 0.12;
    return planting(s.x, y, s.z, size, size * 0.7, size, rand() * 6.3, color);
  });
}

/** Where the two low lavender hedges lining the path run (x either side, z from and to). */
const HEDGE = { from: -1.6, to: GARDEN.fountain.z + GARDEN.fountain.circle + 0.35 } as const;
const hedgeX = (side: number, rand: () => number) =>
  side * (GARDEN.pathHalfWidth + 0.2 + rand() * 0.18);

/** Lavender spikes: along the front of the borders and over the hedges lining the path. */
export function lavender(): Planting[] {
  const rand = seededRandom(45);
  const out: Planting[] = [];
  const color = () => new Color(C.lavender).multiplyScalar(0.8 + rand() * 0.35);
  const spike = (x: number, z: number, ground: number) => {
    const h = 0.22 + rand() * 0.14;
    const lean = rand() * 6.3;
    out.push(planting(x, ground + h / 2, z, 0.022, h, 0.022, lean, color()));
  };
  for (const s of borderSpots(0.09, 11)) if (s.depth < 0.2) spike(s.x, s.z, 0.12);
  for (const side of [-1, 1]) {
    for (let z = HEDGE.from; z > HEDGE.to; z -= 0.014) {
      spike(hedgeX(side, rand) + (rand() - 0.5) * 0.25, z, 0.18 + rand() * 0.08);
    }
  }
  return out;
}

/** The lavender's grey-green cushions beneath its spikes. */
export function lavenderCushions(): Planting[] {
  const rand = seededRandom(46);
  const out: Planting[] = [];
  const color = () => new Color(C.lavenderLeaf).multiplyScalar(0.85 + rand() * 0.25);
  for (const side of [-1, 1]) {
    for (let z = HEDGE.from; z > HEDGE.to; z -= 0.2) {
      const r = 0.19 + rand() * 0.1;
      const x = hedgeX(side, rand) + (rand() - 0.5) * 0.2;
      out.push(planting(x, r * 0.5, z, r, r * 0.8, r * 1.2, rand() * 6.3, color()));
    }
  }
  for (const s of borderSpots(0.3, 12)) {
    if (s.depth > 0.2) continue;
    const r = 0.16 + rand() * 0.05;
    out.push(planting(s.x, r * 0.5, s.z, r, r * 0.7, r, rand() * 6.3, color()));
  }
  return out;
}

/** Climbing roses and ivy on the walls: leafy clusters pressed flat against the brick. */
export function climbers(): { leaves: Planting[]; roses: Planting[] } {
  const rand = seededRandom(88);
  const leaves: Planting[] = [];
  const roses: Planting[] = [];
  const { left, right, back } = GARDEN;
  const spots: [number, number, number, number][] = [];
  // (x, z, unit along the wall x, z): a climber every few metres along each wall.
  for (let z = -1; z > back + 1; z -= 3.2) {
    spots.push([left + 0.08, z + rand() * 1.2, 0, 1], [right - 0.08, z - 1.4 + rand(), 0, 1]);
  }
  for (let x = left + 2.5; x < right - 2; x += 3.4) {
    if (Math.abs(x) < 2.4) continue;
    spots.push([x + rand(), back + 0.08, 1, 0]);
  }
  for (const [x, z, ax, az] of spots) {
    const flat = (s: number) => [ax !== 0 ? s : 0.12, s * 0.85, az !== 0 ? s : 0.12] as const;
    const base = new Color(pick(C.foliage, rand())).multiplyScalar(0.95);
    for (let k = 0; k < 9; k++) {
      const along = (rand() - 0.5) * 2.2;
      const y = 0.5 + rand() * 1.9;
      const s = 0.35 + rand() * 0.3;
      const [sx, sy, sz] = flat(s);
      leaves.push(
        planting(
          x + ax * along,
          y,
          z + az * along,
          sx,
          sy,
          sz,
          0,
          base.clone().multiplyScalar(0.85 + rand() * 0.3),
        ),
      );
    }
    const rose = new Color(pick(C.climbingRoses, rand()));
    for (let k = 0; k < 26; k++) {
      const along = (rand() - 0.5) * 2.2;
      const y = 0.7 + rand() * 1.8;
      const s = 0.065 + rand() * 0.04;
      const out = 0.1 + rand() * 0.08;
      roses.push(
        planting(
          x + ax * along + (az !== 0 ? Math.sign(-x) * out : 0),
          y,
          z + az * along + (ax !== 0 ? out : 0),
          s,
          s * 0.8,
          s,
          rand() * 6.3,
          rose.clone().multiplyScalar(0.9 + rand() * 0.15),
        ),
      );
    }
  }
  return { leaves, roses };
}

/** Foxgloves, hollyhocks and delphiniums: tall spires at the back of the borders. */
export function spires(): Planting[] {
  const rand = seededRandom(57);
  const out: Planting[] = [];
  for (const s of borderSpots(0.55, 13)) {
    if (s.depth < 0.55) continue;
    const h = 0.9 + rand() * 0.8;
    const color = new Color(pick(C.spires, rand())).multiplyScalar(0.85 + rand() * 0.2);
    out.push(planting(s.x, 0.25 + h / 2, s.z, 0.09, h, 0.09, rand() * 6.3, color));
  }
  return out;
}

/** Clipped box balls at the corners of the path and the fountain circle: a formal touch. */
export function topiary(): Planting[] {
  const { fountain: f, pathHalfWidth: w } = GARDEN;
  const color = new Color(C.topiary);
  const spots: [number, number, number][] = [
    [-(w + 0.55), f.z + f.circle + 0.1, 0.5],
    [w + 0.55, f.z + f.circle + 0.1, 0.5],
    [-(w + 0.55), f.z - f.circle - 0.1, 0.5],
    [w + 0.55, f.z - f.circle - 0.1, 0.5],
  ];
  return spots.map(([x, z, r]) => planting(x, r * 0.92, z, r, r * 0.95, r, 0, color));
}

/** Tall yews, clipped into cones, either side of the door. */
export function yews(): Planting[] {
  const color = new Color(C.topiary).multiplyScalar(0.9);
  return [-1.5, 1.5].map((x) => planting(x, 1.45, GARDEN.back + 0.75, 0.55, 2.9, 0.55, 0, color));
}

/** Tree crowns beyond the walls, so the garden sits in a green, wooded landscape. */
export function crowns(): Planting[] {
  const rand = seededRandom(71);
  const out: Planting[] = [];
  const { left, right, back, front } = GARDEN;
  for (let i = 0; i < 34; i++) {
    // Round the garden, outside its walls, mostly ahead and to the sides.
    const side = rand();
    let x: number;
    let z: number;
    if (side < 0.45) {
      x = left - 6 + rand() * (right - left + 12);
      z = back - 9 - rand() * 22;
    } else if (side < 0.72) {
      x = left - 9 - rand() * 16;
      z = back - 4 + rand() * (front - back + 8);
    } else {
      x = right + 9 + rand() * 16;
      z = back - 4 + rand() * (front - back + 8);
    }
    const far = Math.max(Math.abs(x) - right, back - z);
    const tree = 2.6 + rand() * 2.6;
    const height = 4.2 + rand() * 3 + far * 0.12;
    const base = new Color(pick(C.canopy, rand()));
    // Each tree a cluster of overlapping crowns.
    for (let k = 0; k < 5; k++) {
      const s = tree * (0.42 + rand() * 0.3);
      out.push(
        planting(
          x + (rand() - 0.5) * tree,
          height - k * 0.7 + (rand() - 0.5),
          z + (rand() - 0.5) * tree,
          s,
          s * (0.8 + rand() * 0.3),
          s,
          rand() * 6.3,
          base.clone().multiplyScalar(0.85 + rand() * 0.25),
        ),
      );
    }
  }
  return out;
}
