import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBreathState } from '../core/breathing/phase.ts';
import { uuidV4 } from '../core/ids.ts';
import { elapsedAt, startClock } from '../core/session/clock.ts';
import { startSessionAudio, type SessionAudio } from './audio/sessionAudio.ts';
import { SCENES, findScene } from './scenes/registry.ts';
import type { SessionFrame } from './scenes/types.ts';
import { HeadPoseSampler } from './hub/HeadPoseSampler.tsx';
import { useHeadsetHub } from './hub/hubStore.ts';
import { ReadyScreen } from './hub/ReadyScreen.tsx';
import { loadNarration, useNarration } from './session/narrationLoader.ts';
import {
  getLogger,
  isRecorded,
  logEvent,
  logStorageStatus,
  startRecording,
} from './session/logging.ts';
import { refreshDevice, useDevice } from './pairing/device.ts';
import { SessionRunner, type FadeState } from './session/SessionRunner.tsx';
import {
  beginSession,
  effectivePattern,
  finishSession,
  reportSyncError,
  requestLeave,
  sessionStore,
  useSession,
} from './session/sessionStore.ts';
import { FadeShell } from './ui/FadeShell.tsx';
import { ResidentOverlay } from './ui/ResidentOverlay.tsx';
import { StatsProbe } from './ui/StatsProbe.tsx';
import { loadMeasureFlow, prepareMeasures } from './measures/measureGate.ts';
import { DragLook } from './xr/DragLook.tsx';
import { SEATED_EYE_HEIGHT, viewpoint } from './xr/comfort.ts';
import { SeatedOrigin } from './xr/SeatedOrigin.tsx';
import { isImmersiveVrSupported, xrStore } from './xr/store.ts';
import { XrConnectedSignal, useXrConnected } from './xr/ready.ts';

const loadSessionLayer = () => import('./ui/SessionLayer.tsx');
const SessionLayer = lazy(loadSessionLayer);
const loadMeasureLayer = () => import('./measures/MeasureLayer.tsx');
const MeasureLayer = lazy(loadMeasureLayer);
const loadMeasureOverlay = () => import('./measures/MeasureOverlay.tsx');
const MeasureOverlay = lazy(loadMeasureOverlay);

/** How long after the start screen appears the session's code is fetched ahead of time. */
const WARM_UP_DELAY_MS = 3000;

const params = new URLSearchParams(window.location.search);
const showStats = params.has('stats');
/** Test builds may run a session faster than real time (`?timeScale=30`). */
const timeScale = __HAFAN_EMULATOR__ ? Number(params.get('timeScale') ?? '1') || 1 : 1;

/** The resident's app: a start screen over the live scene, then the session, then thanks. */
export function ResidentApp() {
  const config = useSession((s) => s.config);
  const stage = useSession((s) => s.stage);
  const entry = findScene(config.sceneId) ?? SCENES[0]!;
  const Scene = useMemo(() => lazy(entry.load), [entry]);
  const frame = useMemo<SessionFrame>(
    () => ({ elapsedMs: 0, breath: createBreathState(), guideVisible: true }),
    [],
  );
  const fade = useMemo<FadeState>(() => ({ visibility: 1, dip: 0 }), []);
  const clock = useSession((s) => s.clock);
  const audio = useRef<SessionAudio | null>(null);
  const [vrSupported, setVrSupported] = useState(false);
  const xrConnected = useXrConnected();
  const prepared = useHeadsetHub((s) => s.prepared !== null);
  const narration = useNarration();
  const pattern = effectivePattern(config, entry.manifest.defaultPattern);
  // The same timeline whatever the language: each line is timed for its longest translation.
  const timeline = useMemo(
    () =>
      narration?.sessionTimeline({
        script: entry.manifest.narration,
        lengthMin: config.lengthMin,
        pattern,
        guideVisible: config.guideVisible,
      }) ?? null,
    [narration, entry, config.lengthMin, pattern, config.guideVisible],
  );

  useEffect(() => {
    if (clock && timeline) audio.current?.narrate(timeline);
  }, [clock, timeline]);

  useEffect(() => {
    void isImmersiveVrSupported().then(setVrSupported);
    void refreshDevice();
    // Fetch what a session needs while the network is here (Wi-Fi in a care home often drops),
    // a few seconds after the start screen is up so it never delays the first load.
    const warm = () => {
      void loadSessionLayer();
      void loadMeasureFlow();
      void loadMeasureLayer();
      void loadMeasureOverlay();
      void getLogger();
      void loadNarration().then((m) => m.recordedFiles());
    };
    const timer = window.setTimeout(() => {
      if (window.requestIdleCallback) window.requestIdleCallback(warm, { timeout: 1500 });
      else warm();
    }, WARM_UP_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);

  const endNow = useCallback(() => {
    const s = sessionStore.getState();
    finishSession();
    audio.current?.stop();
    audio.current = null;
    void xrStore
      .getState()
      .session?.end()
      .catch(() => undefined);
    if (s.sessionId && s.endReason && isRecorded(s.sessionId)) {
      const id = s.sessionId;
      const reason = s.endReason;
      const tMs = s.clock ? elapsedAt(s.clock, performance.now()) : 0;
      if (reason === 'completed') logEvent(id, tMs, 'completed', {});
      else logEvent(id, tMs, 'exited', { reason });
      getLogger()
        .then((l) => l.sessionEnded(id, { endedAt: new Date().toISOString(), endReason: reason }))
        .catch((err: unknown) => reportSyncError(String(err)));
    }
  }, []);

  // A paired headset keeps a link to the hub: staff see it and can start sessions on it.
  // A revoked token is refused by the hub: ask the server, which makes the page forget it.
  const token = useDevice((d) => d.device?.token ?? null);
  useEffect(() => {
    if (!token) return undefined;
    // The hub code and its zod schemas load after the start screen, outside the first load.
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./hub/headsetLink.ts').then((m) => {
      if (!cancelled) stop = m.startHeadsetLink({ token: () => token, onRefused: refreshDevice });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [token]);

  // The headset ended the session (taken off, system menu): record it as interrupted.
  useEffect(
    () =>
      xrStore.onSessionEnd(() => {
        const s = sessionStore.getState();
        if (s.mode === 'vr' && (s.stage === 'running' || s.stage === 'leaving')) {
          requestLeave('interrupted');
          endNow();
        }
      }),
    [endNow],
  );

  const begin = useCallback((wantVr: boolean) => {
    const { config: cfg } = sessionStore.getState();
    const id = uuidV4();
    // Both calls need the Begin press (a user gesture), so they come first.
    const xr = wantVr ? xrStore.enterVR() : null;
    const scene = findScene(cfg.sceneId) ?? SCENES[0]!;
    audio.current?.stop();
    audio.current = startSessionAudio(scene.manifest.ambience);
    void loadNarration();
    viewpoint.eyeY = SEATED_EYE_HEIGHT;
    // An unpaired device tries the scene and records nothing: no measures are asked there.
    const recorded = startRecording(id);
    prepareMeasures(id, recorded);
    beginSession(id, wantVr ? 'vr' : '2d', startClock(performance.now(), timeScale));
    xr?.catch((err: unknown) => {
      console.warn('Could not enter the headset; showing the scene on the screen', err);
      sessionStore.setState({ mode: '2d' });
    });
    const start = {
      id,
      scene: cfg.sceneId,
      lengthMin: cfg.lengthMin,
      language: cfg.language,
      pattern: effectivePattern(
        cfg,
        (findScene(cfg.sceneId) ?? SCENES[0]!).manifest.defaultPattern,
      ),
      startedAt: new Date().toISOString(),
    };
    if (!recorded) return; // an unpaired device: try the scene, record nothing
    getLogger()
      .then((l) => l.sessionStarted(start))
      .catch((err: unknown) => reportSyncError(String(err)));
    logEvent(id, 0, 'session_started', { mode: wantVr ? 'vr' : '2d' });
    logStorageStatus(id);
  }, []);

  // Closing the page mid-session still records an honest end.
  useEffect(() => {
    const onHide = () => {
      const s = sessionStore.getState();
      if (s.stage === 'running' || s.stage === 'leaving') {
        requestLeave('interrupted');
        endNow();
      }
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [endNow]);

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
          <SessionRunner
            config={config}
            manifest={entry.manifest}
            frame={frame}
            fade={fade}
            clock={clock}
            timeline={timeline}
            tones={audio.current?.tones ?? null}
            onFaded={endNow}
          />
          <DragLook />
          <SeatedOrigin fade={fade} />
          <Suspense fallback={null}>
            <Scene frame={frame} />
          </Suspense>
          {stage !== 'setup' && (
            <>
              <Suspense fallback={null}>
                <SessionLayer />
              </Suspense>
              <Suspense fallback={null}>
                <MeasureLayer />
              </Suspense>
            </>
          )}
          <FadeShell fade={fade} />
          <HeadPoseSampler />
          {showStats && <StatsProbe />}
        </XR>
      </Canvas>
      {prepared && stage === 'setup' ? (
        <ReadyScreen vrSupported={vrSupported && xrConnected} onBegin={begin} />
      ) : (
        <ResidentOverlay vrSupported={vrSupported && xrConnected} onBegin={begin} />
      )}
      {stage !== 'setup' && (
        <Suspense fallback={null}>
          <MeasureOverlay />
        </Suspense>
      )}
    </>
  );
}
