import { Color, Float32BufferAttribute } from 'three';
import type { BufferGeometry } from 'three';
import { createPolarGrid } from '../common/polarGrid.ts';
import { GLADE_COLORS } from './palette.ts';
import { seededRandom } from '../common/seededRandom.ts';
import { beyondClearing, groundHeight, smoothstep } from './terrain.ts';

/**
 * The woodland floor: turf in the clearing, moss and last year's leaves under the trees. Colour
 * is per vertex; `aCanopy` is 0 in the open and 1 under the leaves (darker, greener shade).
 */
export function createGroundGeometry(): BufferGeometry {
  const geometry = createPolarGrid({
    innerRadius: 0.4,
    outerRadius: 180,
    rings: 72,
    segments: 112,
    height: groundHeight,
    fillCentre: true,
  });
  const positions = geometry.getAttribute('position');
  const count = positions.count;
  const colors = new Float32Array(count * 3);
  const canopy = new Float32Array(count);
  const meadow = new Color(GLADE_COLORS.meadow);
  const dry = new Color(GLADE_COLORS.meadowDry);
  const moss = new Color(GLADE_COLORS.moss);
  const litter = new Color(GLADE_COLORS.leafLitter);
  const c = new Color();
  const floor = new Color();
  const rand = seededRandom(5);
  for (let i = 0; i < count; i++) {
    const x = positions.getX(i);
    const z = positions.getZ(i);
    const b = beyondClearing(x, z);
    // Drier, paler patches in the turf, and moss in drifts through the leaf litter.
    const patch = Math.sin(x * 0.31 + Math.sin(z * 0.23) * 1.7) * Math.sin(z * 0.27 - x * 0.11);
    c.copy(meadow).lerp(dry, smoothstep(0.1, 0.8, patch) * 0.6);
    floor.copy(litter).lerp(moss, smoothstep(-0.5, 0.5, patch) * 0.7);
    c.lerp(floor, smoothstep(-2, 4, b));
    c.multiplyScalar(0.92 + rand() * 0.16);
    colors.set([c.r, c.g, c.b], i * 3);
    canopy[i] = smoothstep(-2.5, 5, b);
  }
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  geometry.setAttribute('aCanopy', new Float32BufferAttribute(canopy, 1));
  geometry.computeVertexNormals();
  return geometry;
}
