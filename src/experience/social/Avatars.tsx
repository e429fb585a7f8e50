import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { Group, Mesh } from 'three';
import { AdditiveBlending, Color, MeshBasicMaterial, MeshLambertMaterial, Vector3 } from 'three';
import { createPoseReading, samplePose } from '../../core/social/interpolation.ts';
import type { MemberView } from '../../core/social/messages.ts';
import { FLAG_LEFT, FLAG_RIGHT, POSE_FLOATS } from '../../core/social/poseCodec.ts';
import { seatTransform } from '../../core/social/seats.ts';
import { useDisposable } from '../scenes/common/useDisposable.ts';
import type { SocialLayout } from '../scenes/types.ts';
import { TextLabel } from '../ui/TextLabel.tsx';
import {
  createBodyGeometry,
  createHandGeometry,
  createHeadGeometry,
  createRingGeometry,
} from './avatarGeometry.ts';
import { AVATAR_HEX } from './colours.ts';
import { remotePoses } from './remotePoses.ts';

/** Where a person's head is before their first pose arrives (seated, looking at the centre). */
const REST_HEAD = [0, 1.15, 0.05] as const;
/** Hands that are not tracked (a 2D guest, controllers put down) rest in the lap. */
const REST_LEFT = [-0.17, 0.62, -0.22] as const;
const REST_RIGHT = [0.17, 0.62, -0.22] as const;
/** An avatar whose poses stop for this long eases back to rest instead of freezing mid-gesture. */
const STALE_MS = 3000;
const eye = new Vector3();
const at = new Vector3();

interface AvatarProps {
  member: MemberView;
  mutedWord: string;
  layout: SocialLayout;
  geometries: ReturnType<typeof useAvatarGeometries>;
}

function useAvatarGeometries(layout: SocialLayout) {
  const head = useDisposable(createHeadGeometry);
  const body = useDisposable(() => createBodyGeometry(REST_HEAD[1] - 0.2 - layout.seatHeight));
  const hand = useDisposable(createHandGeometry);
  const ring = useDisposable(createRingGeometry);
  return { head, body, hand, ring };
}

/** One remote person at their seat, posed from the interpolation buffer every frame. */
function Avatar({ member, mutedWord, layout, geometries }: AvatarProps) {
  const seat = seatTransform(member.seat!, layout.seatRadius);
  const colour = AVATAR_HEX[member.colour];
  const headMat = useDisposable(() => new MeshLambertMaterial({ vertexColors: true }));
  const bodyMat = useDisposable(() => new MeshLambertMaterial());
  const handMat = useDisposable(() => new MeshLambertMaterial());
  const ringMat = useDisposable(
    () =>
      new MeshBasicMaterial({ transparent: true, blending: AdditiveBlending, depthWrite: false }),
  );
  // a little of their own colour as emissive, so a person reads clearly in dusk and firelight
  headMat.color.set(colour);
  headMat.emissive.set(colour).multiplyScalar(0.3);
  bodyMat.color.set(new Color(colour).multiplyScalar(0.8));
  bodyMat.emissive.set(colour).multiplyScalar(0.2);
  handMat.color.set(new Color(colour).lerp(new Color('#ffffff'), 0.35));
  handMat.emissive.set(colour).multiplyScalar(0.25);
  ringMat.color.set(colour);
  const head = useRef<Mesh>(null);
  const left = useRef<Mesh>(null);
  const right = useRef<Mesh>(null);
  const ring = useRef<Mesh>(null);
  const label = useRef<Group>(null);
  const [values, reading] = useMemo(() => [new Float32Array(POSE_FLOATS), createPoseReading()], []);

  useFrame((state) => {
    const buffer = remotePoses[member.seat!]!;
    const got = samplePose(buffer, performance.now(), values, reading);
    const fresh = got && reading.staleMs < STALE_MS;
    const h = head.current;
    if (h) {
      if (fresh) {
        h.position.set(values[0]!, values[1]!, values[2]!);
        h.quaternion.set(values[3]!, values[4]!, values[5]!, values[6]!);
      } else {
        h.position.set(REST_HEAD[0], REST_HEAD[1], REST_HEAD[2]);
        h.quaternion.identity();
      }
    }
    placeHand(left.current, fresh && (reading.flags & FLAG_LEFT) !== 0, values, 7, REST_LEFT);
    placeHand(right.current, fresh && (reading.flags & FLAG_RIGHT) !== 0, values, 14, REST_RIGHT);
    const level = fresh && !member.muted ? reading.level / 255 : 0;
    if (ring.current) {
      ring.current.visible = level > 0.05;
      ring.current.scale.setScalar(0.7 + level * 0.8);
      ringMat.opacity = Math.min(1, 0.3 + level);
    }
    if (label.current && h) {
      label.current.position.set(h.position.x, h.position.y + 0.3, h.position.z);
      // turn the label to face the viewer (their camera is in the room's parent space)
      state.camera.getWorldPosition(eye);
      label.current.lookAt(eye);
      // names across the circle stay readable: never smaller on screen than at 2.2 m
      const d = label.current.getWorldPosition(at).distanceTo(eye);
      label.current.scale.setScalar(Math.min(2, Math.max(1, d / 2.2)));
    }
  });

  return (
    <group position={[seat.x, 0, seat.z]} rotation={[0, seat.yaw, 0]}>
      <mesh geometry={geometries.body} material={bodyMat} position={[0, layout.seatHeight, 0.05]} />
      <mesh ref={head} geometry={geometries.head} material={headMat} />
      <mesh ref={left} geometry={geometries.hand} material={handMat} />
      <mesh ref={right} geometry={geometries.hand} material={handMat} />
      <group ref={label}>
        <mesh
          ref={ring}
          geometry={geometries.ring}
          material={ringMat}
          position={[0, 0.085, 0]}
          renderOrder={9}
        />
        <TextLabel
          text={member.muted ? `${member.name} · ${mutedWord}` : member.name}
          fontSize={0.09}
          maxWidth={1}
          color={member.muted ? '#d8d0d8' : '#fffaf2'}
          outlineWidth={0.007}
          bold
        />
      </group>
    </group>
  );
}

function placeHand(
  mesh: Mesh | null,
  tracked: boolean,
  values: Float32Array,
  at: number,
  rest: readonly [number, number, number],
) {
  if (!mesh) return;
  if (tracked) mesh.position.set(values[at]!, values[at + 1]!, values[at + 2]!);
  else mesh.position.set(rest[0], rest[1], rest[2]);
}

/** Everyone seated except ourselves. Re-renders only when the room changes, never per frame. */
export function Avatars({
  members,
  me,
  layout,
  mutedWord,
}: {
  members: readonly MemberView[];
  me: string | null;
  layout: SocialLayout;
  mutedWord: string;
}) {
  const geometries = useAvatarGeometries(layout);
  return (
    <>
      {members
        .filter((m) => m.status === 'admitted' && m.seat && m.id !== me)
        .map((m) => (
          <Avatar
            key={`${m.id}-${m.seat}`}
            member={m}
            mutedWord={mutedWord}
            layout={layout}
            geometries={geometries}
          />
        ))}
    </>
  );
}
