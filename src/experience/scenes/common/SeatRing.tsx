import { useEffect } from 'react';
import { InstancedMesh, Object3D } from 'three';
import type { BufferGeometry, Material } from 'three';
import { MAX_SEATS, seatTransform } from '../../../core/social/seats.ts';
import { disposable } from './disposeMesh.ts';
import { useDisposable } from './useDisposable.ts';

/**
 * One instanced mesh with a copy of `geometry` at each of the eight seats, turned to face the
 * centre (the geometry's front is -Z). Used for chairs, logs, cups and plates: one draw call each.
 */
export function SeatRing({
  geometry,
  material,
  radius,
  y = 0,
  forward = 0,
}: {
  geometry: () => BufferGeometry;
  material: () => Material;
  radius: number;
  y?: number;
  /** Metres toward the centre from the seat (cups sit on the table in front of each person). */
  forward?: number;
}) {
  const mesh = useDisposable(() =>
    disposable(new InstancedMesh(geometry(), material(), MAX_SEATS)),
  );
  useEffect(() => {
    const o = new Object3D();
    for (let s = 1; s <= MAX_SEATS; s++) {
      const t = seatTransform(s, radius - forward);
      o.position.set(t.x, y, t.z);
      o.rotation.set(0, t.yaw, 0);
      o.updateMatrix();
      mesh.setMatrixAt(s - 1, o.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [mesh, radius, y, forward]);
  return <primitive object={mesh} />;
}
