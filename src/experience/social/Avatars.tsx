import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Group, Mesh } from 'three';
import { AdditiveBlending, Color, MeshBasicMaterial, MeshLambertMaterial, Vector3 } from 'three';
import { createPoseReading, samplePose } from '../../core/social/interpolation.ts';
import { avatarLabel, type LabelWords } from '../../core/social/avatarLabel.ts';
import type { MemberView } from '../../core/social/messages.ts';
import { FLAG_LEFT, FLAG_RIGHT, POSE_FLOATS } from '../../core/social/poseCodec.ts';
import { seatTransform } from '../../core/social/seats.ts';
import { stepSpeaking } from '../../core/social/speaking.ts';
import { useDisposable } from '../scenes/common/useDisposable.ts';
import type { SocialLayout } from '../scenes/types.ts';
import { TextLabel } from '../ui/TextLabel.tsx';
import {
  createBodyGeometry,
  createHandGeometry,
  createHeadGeometry,
  createRingGeometry,
} from './avatarGeometry.ts';
import {
  avatarFrames,
  createAvatarFrame,
  REST_HEAD,
  REST_LEFT,
  REST_RIGHT,
} from './avatarProbe.ts';
import { AVATAR_HEX } from './colours.ts';
import { remotePoses } from './remotePoses.ts';
import { receivedLevel } from './voiceLevels.ts';

/** An avatar whose poses stop for this long eases back to rest instead of freezing mid-gesture. */
const STALE_MS = 3000;
const eye = new Vector3();
const at = new Vector3();

interface AvatarProps {
  member: MemberView;
  words: LabelWords;
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
function Avatar({ member, words, layout, geometries }: AvatarProps) {
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
  const drawn = useMemo(() => createAvatarFrame(member.id), [member.id]);
  const seatNo = member.seat!;
  useEffect(() => {
    avatarFrames[seatNo] = drawn;
    return () => {
      if (avatarFrames[seatNo] === drawn) avatarFrames[seatNo] = null;
    };
  }, [seatNo, drawn]);

  useFrame((state) => {
    const buffer = remotePoses[member.seat!]!;
    const now = performance.now();
    const got = samplePose(buffer, now, values, reading);
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
    drawn.leftTracked = fresh && (reading.flags & FLAG_LEFT) !== 0;
    drawn.rightTracked = fresh && (reading.flags & FLAG_RIGHT) !== 0;
    placeHand(left.current, drawn.leftTracked, values, 7, REST_LEFT, drawn.left);
    placeHand(right.current, drawn.rightTracked, values, 14, REST_RIGHT, drawn.right);
    if (h) h.position.toArray(drawn.head);
    // Speaking: measured on the voice we receive from them; a muted person shows no light.
    drawn.heard = receivedLevel(member.id);
    const speech = stepSpeaking(drawn.speech, member.muted ? 0 : drawn.heard, now);
    if (ring.current) {
      ring.current.visible = speech.glow > 0.02;
      ring.current.scale.setScalar(0.7 + speech.glow * 0.6);
      ringMat.opacity = speech.glow;
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
          text={avatarLabel(member, words)}
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
  drawn: Float32Array,
) {
  const from = tracked ? values : rest;
  const i = tracked ? at : 0;
  drawn[0] = from[i]!;
  drawn[1] = from[i + 1]!;
  drawn[2] = from[i + 2]!;
  mesh?.position.fromArray(drawn);
}

/** Everyone seated except ourselves. Re-renders only when the room changes, never per frame. */
export function Avatars({
  members,
  me,
  layout,
  words,
}: {
  members: readonly MemberView[];
  me: string | null;
  layout: SocialLayout;
  words: LabelWords;
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
            words={words}
            layout={layout}
            geometries={geometries}
          />
        ))}
    </>
  );
}
