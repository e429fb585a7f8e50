import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { pushPose } from '../../core/social/interpolation.ts';
import type { MemberView, RoomView } from '../../core/social/messages.ts';
import { createPoseSample, FLAG_RIGHT } from '../../core/social/poseCodec.ts';
import { AVATAR_COLOURS } from '../../core/social/room.ts';
import type { SessionFrame, SocialLayout } from '../scenes/types.ts';
import { Avatars } from './Avatars.tsx';
import { remotePoses } from './remotePoses.ts';
import { setRemoteVoice } from './voiceLevels.ts';
import { Lanterns } from './SharedMoments.tsx';
import { BreathingOrb } from '../scenes/common/BreathingOrb.tsx';

const NAMES = ['Mair', 'Huw', 'Siân', 'Gareth', 'Eleri', 'Dai', 'Nia'];
const SEATS = [5, 3, 7, 2, 6, 4, 8];
const DEMO_WORDS = { muted: 'Muted', staff: 'Staff' };

/**
 * A room full of made-up people for the scene preview (`?preview=campfire&people=5`): avatars
 * that look about and chat, lanterns on the water, the shared breathing light. No network.
 */
export function DemoRoom({
  layout,
  people,
  frame,
}: {
  layout: SocialLayout;
  people: number;
  frame: SessionFrame;
}) {
  const room = useMemo<RoomView>(() => {
    const members: MemberView[] = SEATS.slice(0, people).map((seat, i) => ({
      id: `demo-${i}`,
      kind: i === 0 ? 'resident' : i === 1 ? 'staff' : 'guest',
      name: NAMES[i]!,
      colour: AVATAR_COLOURS[(i * 3) % AVATAR_COLOURS.length]!,
      status: 'admitted',
      seat,
      muted: i === 3,
      mutedByStaff: false,
    }));
    return {
      id: 'demo',
      scene: 'campfire',
      status: 'open',
      members,
      activity: { kind: 'lanterns', startAtMs: 0, pattern: null },
      lanterns: members.slice(0, 3).map((m) => m.id),
    };
  }, [people]);
  const sample = useMemo(createPoseSample, []);
  // one in three talks, in phrases with pauses (there is no audio: a made-up voice level)
  useEffect(() => {
    const talkers = room.members.filter((_, i) => i % 3 === 0);
    talkers.forEach((m, i) =>
      setRemoteVoice(m.id, () => {
        const t = performance.now() / 1000 + i * 2.3;
        return Math.sin(t * 0.9) > -0.2 ? 0.3 + Math.abs(Math.sin(t * 7)) * 0.4 : 0;
      }),
    );
    return () => talkers.forEach((m) => setRemoteVoice(m.id, null));
  }, [room]);

  // Indexed loops and no array literals: per-frame work allocates nothing (the bench counts it).
  useFrame(() => {
    const now = performance.now();
    for (let i = 0; i < room.members.length; i++) {
      const m = room.members[i]!;
      const t = now / 1000 + i * 1.7;
      const yaw = Math.sin(t * 0.3) * 0.35;
      const v = sample.values;
      v[0] = Math.sin(t * 0.4) * 0.03;
      v[1] = 1.12 + Math.sin(t * 0.5) * 0.01;
      v[2] = 0.02;
      v[3] = 0;
      v[4] = Math.sin(yaw / 2);
      v[5] = 0;
      v[6] = Math.cos(yaw / 2);
      // one in three talks with a hand raised a little
      v[14] = 0.2;
      v[15] = 0.85 + Math.sin(t * 1.3) * 0.05;
      v[16] = -0.3;
      v[17] = 0;
      v[18] = 0;
      v[19] = 0;
      v[20] = 1;
      sample.flags = i % 3 === 0 ? FLAG_RIGHT : 0;
      sample.seq = (sample.seq + 1) & 0xffff;
      sample.timeMs = Math.floor(now);
      pushPose(remotePoses[m.seat!]!, sample, now);
    }
  });

  return (
    <>
      <Avatars members={room.members} me={null} layout={layout} words={DEMO_WORDS} />
      <Lanterns room={room} layout={layout} />
      <BreathingOrb
        frame={frame}
        position={[0, layout.breathingLightHeight, 0]}
        radius={[0.09, 0.16]}
      />
    </>
  );
}
