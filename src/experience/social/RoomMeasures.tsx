import { useFrame } from '@react-three/fiber';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/catalogue.ts';
import { findInstrument } from '../../core/instruments/registry.ts';
import type { MeasureStage } from '../../core/measures/run.ts';
import type { EndReason } from '../../core/schemas/session.ts';
import type { SessionPlan } from '../../core/schemas/sessionPlan.ts';
import { elapsedAt, startClock } from '../../core/session/clock.ts';
import {
  inRoom,
  measuringIn,
  roomPanelDistance,
  startRoomFlow,
  stepRoomFlow,
  type RoomFlowEvent,
  type RoomStep,
} from '../../core/social/roomSessionFlow.ts';
import {
  loadMeasureFlow,
  measuresDone,
  prepareMeasures,
  setMeasurePlan,
  stepMeasures,
} from '../measures/measureGate.ts';
import { beginSession, configure, sessionStore } from '../session/sessionStore.ts';
import type { HeadsetPresence } from './headsetPresence.ts';
import type { SocialClient } from './socialClient.ts';
import { useSocial } from './socialStore.ts';

const loadMeasureLayer = () => import('../measures/MeasureLayer.tsx');
const loadMeasureOverlay = () => import('../measures/MeasureOverlay.tsx');
const MeasureLayer = lazy(loadMeasureLayer);
const MeasureOverlay = lazy(loadMeasureOverlay);

/**
 * A headset staff sent into a room from the console, through its session's steps (see
 * core/social/roomSessionFlow.ts): Join → the plan's "before" measures → the room → the "after"
 * measures → back to the start screen. The measures are the relaxation flow's own (the same
 * store, logger outbox, VR and 2D question panels), recorded against the resident's own session.
 * `goHome` ends the page's part: the XR session, the hub, then the start screen.
 */
export function useRoomSession(opts: {
  plan: SessionPlan | null;
  presence: HeadsetPresence | null;
  client: SocialClient;
  lang: Lang;
  onLeftRoom: () => void;
  goHome: (reason: EndReason) => void;
}) {
  const { plan, presence, client, lang, onLeftRoom, goHome } = opts;
  const [flow, setFlow] = useState(() => startRoomFlow(plan?.measures ?? [], findInstrument));
  const dispatch = useCallback((e: RoomFlowEvent) => setFlow((f) => stepRoomFlow(f, e)), []);
  const phase = useSocial((s) => s.phase);
  const asks = flow.hasBefore || flow.hasAfter;
  const wasInRoom = useRef(false);
  const callbacks = useRef({ onLeftRoom, goHome });
  callbacks.current = { onLeftRoom, goHome };

  useEffect(() => {
    if (presence && asks) {
      void loadMeasureFlow();
      void loadMeasureLayer();
      void loadMeasureOverlay();
    }
  }, [presence, asks]);

  /** The resident pressed Join: the session (and its clock for the measures) starts now. */
  const join = useCallback(
    (mode: 'vr' | '2d') => {
      if (!presence) return;
      if (asks && plan) {
        setMeasurePlan(plan.measures);
        configure({ language: lang });
        beginSession(presence.sessionId, mode, startClock(performance.now()));
        prepareMeasures(presence.sessionId, true);
      }
      dispatch({ type: 'join' });
    },
    [presence, asks, plan, lang, dispatch],
  );

  useEffect(() => {
    if (!presence) return;
    presence.setMeasuring(measuringIn(flow.step));
    if (inRoom(flow.step)) {
      wasInRoom.current = true;
      client.joinRoom();
    } else if (wasInRoom.current) {
      wasInRoom.current = false;
      client.leaveRoom();
      callbacks.current.onLeftRoom();
    }
    if (flow.step === 'done') callbacks.current.goHome(flow.endReason ?? 'completed');
  }, [flow, presence, client]);

  // The room ended, or staff removed us, while we were there (or about to join it).
  useEffect(() => {
    if (!presence || (flow.step !== 'room' && flow.step !== 'before')) return;
    if (phase === 'ended') dispatch({ type: 'leave', reason: 'completed' });
    if (phase === 'removed' || phase === 'refused')
      dispatch({ type: 'leave', reason: 'interrupted' });
  }, [phase, presence, flow.step, dispatch]);

  const measuresShown = presence !== null && asks;
  return useMemo(
    () => ({ step: flow.step, join, dispatch, measuresShown }),
    [flow.step, join, dispatch, measuresShown],
  );
}

/** In the canvas: the measure panel in the headset, and the stage's clock and timeouts. */
export function RoomMeasures3D({
  step,
  seatRadius,
  onDone,
}: {
  step: RoomStep;
  seatRadius: number;
  onDone: () => void;
}) {
  const stage = measuringIn(step);
  return (
    <>
      <MeasureStepper stage={stage} onDone={onDone} />
      <Suspense fallback={null}>
        <MeasureLayer distance={roomPanelDistance(seatRadius)} />
      </Suspense>
    </>
  );
}

/** On the page: the 2D question panel (or, in the headset, the spoken question). */
export function RoomMeasures2D() {
  return (
    <Suspense fallback={null}>
      <MeasureOverlay />
    </Suspense>
  );
}

/** Steps the stage being asked once a frame; reports once when it is over. */
function MeasureStepper({ stage, onDone }: { stage: MeasureStage | null; onDone: () => void }) {
  const reported = useRef<MeasureStage | null>(null);
  const done = useRef(onDone);
  done.current = onDone;
  useFrame(() => {
    if (!stage || reported.current === stage) return;
    const { clock } = sessionStore.getState();
    // No session clock: nothing was prepared, so nothing is asked.
    if (clock) stepMeasures(elapsedAt(clock, performance.now()), stage === 'after');
    if (!clock || measuresDone(stage)) {
      reported.current = stage;
      done.current();
    }
  });
  return null;
}
