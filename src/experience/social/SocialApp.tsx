import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBreathState } from '../../core/breathing/phase.ts';
import type { Lang } from '../../core/i18n/catalogue.ts';
import { t } from '../../core/i18n/catalogue.ts';
import { findSocialScene } from '../scenes/registry.ts';
import type { SessionFrame } from '../scenes/types.ts';
import { StatsProbe } from '../ui/StatsProbe.tsx';
import { DragLook } from '../xr/DragLook.tsx';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { isImmersiveVrSupported, xrStore } from '../xr/store.ts';
import { XrConnectedSignal, useXrConnected } from '../xr/ready.ts';
import { Avatars } from './Avatars.tsx';
import { avatarFrames } from './avatarProbe.ts';
import { PoseSender, sentPoses } from './PoseSender.tsx';
import { framesBySeat, remotePoses } from './remotePoses.ts';
import { createPoseReading, samplePose } from '../../core/social/interpolation.ts';
import { POSE_FLOATS } from '../../core/social/poseCodec.ts';
import { SeatView } from './SeatView.tsx';
import { GroupBreathing, Lanterns, sharedBreath } from './SharedMoments.tsx';
import { SocialClient, type JoinDetails } from './socialClient.ts';
import { SocialControls3D } from './SocialControls3D.tsx';
import { SocialOverlay } from './SocialOverlay.tsx';
import { myMember, resetSocial, socialStore, useSocial } from './socialStore.ts';
import { VoiceMesh } from './voice.ts';
import { HeadsetPresence } from './headsetPresence.ts';
import { RoomMeasures2D, RoomMeasures3D, useRoomSession } from './RoomMeasures.tsx';
import type { EndReason } from '../../core/schemas/session.ts';
import type { SessionPlan } from '../../core/schemas/sessionPlan.ts';

declare global {
  interface Window {
    /** Test builds only: what the browser tests read of a social room page. */
    __hafanSocial?: {
      state: () => ReturnType<typeof socialStore.getState>;
      framesBySeat: Uint32Array;
      sentPoses: typeof sentPoses;
      /** Each seat's avatar as drawn this frame: head, hands, speaking light. */
      avatars: typeof avatarFrames;
      breath: typeof sharedBreath;
      voiceGain: (id: string) => number | null;
      micEnabled: () => boolean | null;
      /** The interpolated head position of whoever sits at `seat`, or null before any pose. */
      headOf: (seat: number) => [number, number, number] | null;
    };
  }
}

const params = new URLSearchParams(window.location.search);
const showStats = params.has('stats');

export interface SocialAppProps {
  join: JoinDetails;
  lang: Lang;
  /** Start at once in 2D (a guest who has just pressed Join); otherwise show the Begin choice. */
  autoStart2d?: boolean;
  /** Staff sent this headset here from the console (see hub/roomHandoff.ts). */
  handoff?: SessionPlan | null;
}

/** Ends the headset's immersive view, if one is open (the page stays). */
function endHeadsetView(): void {
  void xrStore
    .getState()
    .session?.end()
    .catch(() => undefined);
}

/**
 * A shared social scene for one person: in a headset (VR) or on a screen (2D). Joins the room
 * over the hub, shows everyone seated as avatars, sends our pose, runs the voice mesh and the
 * shared moments. Staff moderate from the console; everyone sees who is present.
 */
export function SocialApp({ join, lang, autoStart2d = false, handoff = null }: SocialAppProps) {
  const room = useSocial((s) => s.room);
  const me = useSocial((s) => s.me);
  const phase = useSocial((s) => s.phase);
  const seat = useSocial((s) => myMember(s)?.seat ?? null);
  const [started, setStarted] = useState(false);
  const [vrSupported, setVrSupported] = useState(false);
  const xrConnected = useXrConnected();
  const client = useMemo(() => new SocialClient(join), [join]);
  const voice = useRef<VoiceMesh | null>(null);
  const leaveRef = useRef<(reason: EndReason) => void>(() => undefined);
  const presence = useMemo(
    () =>
      handoff && join.memberSession
        ? new HeadsetPresence(handoff, join.memberSession, client, () =>
            leaveRef.current('interrupted'),
          )
        : null,
    [handoff, join, client],
  );
  const frame = useMemo<SessionFrame>(
    () => ({ elapsedMs: 0, breath: createBreathState(), guideVisible: false }),
    [],
  );
  // The page's part ends: the hub told first (a headset staff sent here goes back to its start
  // screen), then the hub, the voice and the headset session closed.
  const goHome = useCallback(
    (reason: EndReason) => {
      presence?.finish(reason);
      client.stop();
      voice.current?.close();
      endHeadsetView();
    },
    [client, presence],
  );
  const onLeftRoom = useCallback(() => voice.current?.close(), []);
  const roomSession = useRoomSession({ plan: handoff, presence, client, lang, onLeftRoom, goHome });
  const entry = findSocialScene(room?.scene ?? handoff?.room?.scene ?? 'campfire');
  const Scene = useMemo(() => (entry ? lazy(entry.load) : null), [entry]);
  const layout = entry?.manifest.social;

  useEffect(() => {
    void isImmersiveVrSupported().then(setVrSupported);
    resetSocial();
    // A headset sent by staff is the headset on the hub from now on: connect before Begin.
    if (presence) {
      presence.listen();
      client.keepHub = true;
      client.connect();
    }
    return () => {
      client.stop();
      voice.current?.close();
    };
  }, [client, presence]);

  useEffect(() => {
    if (!__HAFAN_EMULATOR__) return;
    window.__hafanSocial = {
      state: () => socialStore.getState(),
      framesBySeat,
      sentPoses,
      avatars: avatarFrames,
      breath: sharedBreath,
      voiceGain: (id) => voice.current?.gainOf(id) ?? null,
      micEnabled: () => voice.current?.micEnabled() ?? null,
      headOf: (seat) => {
        const out = new Float32Array(POSE_FLOATS);
        const buffer = remotePoses[seat];
        if (!buffer || !samplePose(buffer, performance.now(), out, createPoseReading()))
          return null;
        return [out[0]!, out[1]!, out[2]!];
      },
    };
  }, []);

  const begin = useCallback(
    (vr: boolean) => {
      // Both need this press (a user gesture): the headset session and the audio.
      if (vr)
        void xrStore.enterVR()?.catch((err: unknown) => {
          // Still in the room, on the screen; say why for whoever looks at the device's console.
          console.warn('Could not enter the headset; staying in the room on the screen', err);
        });
      const ctx = new AudioContext();
      void ctx.resume();
      const mesh = new VoiceMesh(ctx, client, layout?.seatRadius ?? 1.5);
      voice.current = mesh;
      client.onRoom = () => {
        const s = socialStore.getState();
        if (s.room && s.me) mesh.update(s.room.members, s.me);
      };
      // A headset sent by staff joins the room once the questions before it are answered.
      if (presence) {
        presence.begin(vr ? 'vr' : '2d');
        roomSession.join(vr ? 'vr' : '2d');
      } else client.start();
      void mesh.startMic().then(() => client.onRoom());
      setStarted(true);
    },
    [client, layout, presence, roomSession],
  );

  useEffect(() => {
    if (autoStart2d && !started) begin(false);
  }, [autoStart2d, started, begin]);

  const leave = useCallback(
    (reason: EndReason = 'exited_by_resident') => {
      // A headset sent by staff: the questions after the room come first (see RoomMeasures.tsx).
      if (presence) return roomSession.dispatch({ type: 'leave', reason });
      client.leaveRoom();
      goHome(reason);
    },
    [client, presence, roomSession, goHome],
  );
  leaveRef.current = leave;

  const words = useMemo(
    () => ({ muted: t(lang, 'social.muted'), staff: t(lang, 'social.staff') }),
    [lang],
  );
  const sendPose = useCallback((b: Uint8Array) => client.sendPose(b), [client]);
  const viewSeat = seat ?? 1;

  return (
    <>
      <Canvas
        camera={{ position: [0, SEATED_EYE_HEIGHT, 0], fov: 70, near: 0.05, far: 2000 }}
        gl={{ antialias: true, preserveDrawingBuffer: showStats }}
        dpr={[1, 1.5]}
        style={{ position: 'fixed', inset: 0 }}
      >
        <XR store={xrStore}>
          <XrConnectedSignal />
          <DragLook />
          {Scene && layout && (
            <SeatView seat={viewSeat} radius={layout.seatRadius}>
              <Suspense fallback={null}>
                <Scene frame={frame} />
              </Suspense>
              {room && (
                <>
                  <Avatars members={room.members} me={me} layout={layout} words={words} />
                  <GroupBreathing room={room} layout={layout} frame={frame} />
                  <Lanterns room={room} layout={layout} />
                </>
              )}
            </SeatView>
          )}
          {phase === 'seated' && <PoseSender send={sendPose} />}
          <SocialControls3D lang={lang} client={client} onLeave={() => leave()} />
          {roomSession.measuresShown && (
            <RoomMeasures3D
              step={roomSession.step}
              seatRadius={layout?.seatRadius ?? 1.5}
              onDone={() => roomSession.dispatch({ type: 'measures_done' })}
            />
          )}
          {showStats && <StatsProbe />}
        </XR>
      </Canvas>
      <SocialOverlay
        lang={lang}
        started={started}
        vrSupported={vrSupported && xrConnected}
        onBegin={begin}
        onLeave={() => leave()}
        client={client}
        returning={presence !== null}
        asking={roomSession.step === 'before' || roomSession.step === 'after'}
      />
      {roomSession.measuresShown && <RoomMeasures2D />}
    </>
  );
}
