import { Color, Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { GLADE_COLORS } from './palette.ts';
import { seededRandom } from '../common/seededRandom.ts';
import {
  azimuth,
  beyondClearing,
  clearingRadius as clearingEdge,
  groundHeight,
} from './terrain.ts';

/**
 * Where the trees stand, and the leafy clumps of their crowns: computed once, as instance
 * transforms and colours for the trunk and canopy meshes. Deterministic, so every session sees
 * the same wood.
 */

/** A limb leaving the trunk, in the trunk's own units (the trunk is 1 tall). */
export interface Limb {
  /** Height up the trunk where it leaves. */
  at: number;
  /** Direction round the trunk (radians) and tilt from vertical. */
  heading: number;
  tilt: number;
  length: number;
}

export const LIMBS: readonly Limb[] = [
  { at: 0.5, heading: 0, tilt: 0.85, length: 0.22 },
  { at: 0.6, heading: 2.3, tilt: 0.75, length: 0.2 },
  { at: 0.7, heading: 4.2, tilt: 0.6, length: 0.16 },
];

/** Trunk radius (in trunk units) at height t, with a flare at the roots. */
export function trunkRadius(t: number): number {
  return 0.025 * (1 - 0.6 * t) + 0.02 * Math.exp(-t * 30);
}

/** Trunk centre offset at height t: a gentle bend, so no trunk is a perfect pole. */
export function trunkBend(t: number): number {
  return 0.018 * Math.sin(t * 2.6);
}

export function limbBase(limb: Limb, out: Vector3): Vector3 {
  return out.set(trunkBend(limb.at), limb.at, 0);
}

export function limbDirection(limb: Limb, out: Vector3): Vector3 {
  const s = Math.sin(limb.tilt);
  return out.set(Math.cos(limb.heading) * s, Math.cos(limb.tilt), Math.sin(limb.heading) * s);
}

export interface Instances {
  matrices: Matrix4[];
  colors: Color[];
}

export interface Forest {
  trunks: Instances;
  /** Leaf clumps: crowns, and low bushes among the trunks. */
  canopy: Instances;
}

const MAX_TREES = 64;
const FAR_M = 38;
const BUSHES = 40;
const UNDERSTOREY = 90;

interface Tree {
  x: number;
  z: number;
  spacing: number;
}

function placeTrees(rand: () => number): Tree[] {
  const trees: Tree[] = [];
  for (let attempt = 0; attempt < 20000 && trees.length < MAX_TREES; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 6 + Math.sqrt(rand()) * FAR_M;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const b = beyondClearing(x, z);
    if (b < 0.2) continue;
    // Close together at the clearing's edge, more open further in, where few are needed.
    const spacing = 3.4 + 0.06 * r + rand() * 1.2;
    if (trees.some((t) => Math.hypot(t.x - x, t.z - z) < Math.max(spacing, t.spacing))) continue;
    trees.push({ x, z, spacing });
  }
  return trees;
}

export function createForest(): Forest {
  const rand = seededRandom(11);
  const trunks: Instances = { matrices: [], colors: [] };
  const canopy: Instances = { matrices: [], colors: [] };
  const leaves = new Color(GLADE_COLORS.leaves);
  const leavesLight = new Color(GLADE_COLORS.leavesLight);
  const leavesDark = new Color(GLADE_COLORS.leavesDark);
  const bark = new Color(GLADE_COLORS.bark);
  const barkOak = new Color(GLADE_COLORS.barkOak);
  const birch = new Color(GLADE_COLORS.birch);
  const base = new Vector3();
  const dir = new Vector3();
  const p = new Vector3();
  const q = new Quaternion();
  const euler = new Euler();
  const scale = new Vector3();

  const addBlob = (centre: Vector3, radius: number, tint: Color, squash: number) => {
    euler.set(0, rand() * Math.PI * 2, 0);
    q.setFromEuler(euler);
    scale.set(radius * (0.9 + rand() * 0.25), radius * squash, radius * (0.9 + rand() * 0.25));
    canopy.matrices.push(new Matrix4().compose(centre.clone(), q.clone(), scale.clone()));
    canopy.colors.push(tint.clone().multiplyScalar(0.9 + rand() * 0.2));
  };

  for (const tree of placeTrees(rand)) {
    const r = Math.hypot(tree.x, tree.z);
    const isBirch = rand() < 0.18;
    const height = isBirch ? 11 + rand() * 4 : 15 + rand() * 8;
    const girth = isBirch ? 0.55 + rand() * 0.15 : 0.8 + rand() * 0.45;
    const edge = beyondClearing(tree.x, tree.z) < 4.5;
    // Trees at the edge lean a little into the light of the clearing.
    const inward = azimuth(tree.x, tree.z) + Math.PI;
    const lean = edge ? 0.03 + rand() * 0.04 : rand() * 0.03;
    const spin = rand() * Math.PI * 2;
    const y = groundHeight(tree.x, tree.z) - 0.15;
    const leanAxis = new Vector3(Math.cos(inward), 0, -Math.sin(inward));
    const tilt = new Quaternion().setFromAxisAngle(leanAxis, lean);
    const rotation = new Quaternion()
      .setFromAxisAngle(new Vector3(0, 1, 0), spin)
      .premultiply(tilt);
    const matrix = new Matrix4().compose(
      new Vector3(tree.x, y, tree.z),
      rotation,
      new Vector3(height * girth, height, height * girth),
    );
    trunks.matrices.push(matrix);
    const barkTint = isBirch ? birch : rand() < 0.5 ? bark : barkOak;
    trunks.colors.push(barkTint.clone().multiplyScalar(0.85 + rand() * 0.3));

    const tint = (isBirch ? leavesLight : rand() < 0.35 ? leavesDark : leaves).clone();
    tint.lerp(leavesLight, rand() * 0.3);
    const crown = height * (isBirch ? 0.12 : 0.14);
    const far = r > 26;
    // A clump at the end of each limb and one on top; further off, fewer and larger.
    for (let i = 0; i < LIMBS.length; i++) {
      if (far && i === 1) continue;
      const limb = LIMBS[i]!;
      limbBase(limb, base).addScaledVector(limbDirection(limb, dir), limb.length);
      p.copy(base).applyMatrix4(matrix);
      addBlob(p, crown * (far ? 1.35 : 1) * (0.85 + rand() * 0.3), tint, 0.72);
    }
    p.set(trunkBend(1), 0.98, 0).applyMatrix4(matrix);
    addBlob(p, crown * (far ? 1.5 : 1.2), tint, 0.7);
    if (!far) {
      p.set(trunkBend(0.8), 0.82, 0).applyMatrix4(matrix);
      p.x += (rand() - 0.5) * crown * 2;
      p.z += (rand() - 0.5) * crown * 2;
      addBlob(p, crown * 1.1, tint, 0.7);
    }
    if (edge) {
      // Lower boughs reach out over the clearing, where the light is.
      for (let k = 0; k < 2; k++) {
        const reach = crown * (0.9 + k * 0.9 + rand() * 0.4);
        const side = inward + (rand() - 0.5) * 0.5;
        p.set(
          tree.x + Math.sin(side) * reach,
          y + height * (0.3 + rand() * 0.14) - k * crown * 0.4,
          tree.z - Math.cos(side) * reach,
        );
        addBlob(p, crown * (0.75 - 0.1 * k), tint, 0.65);
      }
    }
  }

  const bush = new Color(GLADE_COLORS.bush);
  // Young trees and hazel at the clearing's edge: a soft green wall with gaps into the wood.
  for (let placed = 0, attempt = 0; placed < UNDERSTOREY && attempt < 4000; attempt++) {
    const angle = rand() * Math.PI * 2;
    const x0 = Math.sin(angle);
    const z0 = -Math.cos(angle);
    const r = clearingEdge(angle) + 0.3 + Math.pow(rand(), 1.5) * 9;
    // Gaps: the understorey thins in places, so the eye can wander into the wood.
    if (Math.sin(angle * 7 + 1.3) + 0.6 * Math.sin(angle * 13) < -0.3) continue;
    placed++;
    const x = x0 * r;
    const z = z0 * r;
    const size = 0.9 + rand() * 0.7;
    p.set(x, groundHeight(x, z) + size * (0.9 + rand() * 1.6), z);
    addBlob(p, size, (rand() < 0.5 ? leaves : leavesLight).clone().lerp(bush, rand() * 0.5), 0.8);
  }

  // Hazel and holly among the trunks: low dark clumps that hide where the trees meet the ground.
  for (let placed = 0, attempt = 0; placed < BUSHES && attempt < 4000; attempt++) {
    const angle = rand() * Math.PI * 2;
    const r = 8 + rand() * 36;
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const b = beyondClearing(x, z);
    if (b < 0.8 || b > 16) continue;
    placed++;
    const size = 0.9 + rand() * 1.1;
    p.set(x, groundHeight(x, z) + size * 0.35, z);
    addBlob(p, size, bush.clone().lerp(leaves, rand() * 0.5), 0.7);
  }
  return { trunks, canopy };
}
