import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBreathState } from '../core/breathing/phase.ts';
import { uuidV4 } from '../core/ids.ts';
import { elapsedAt, startClock } from '../core/session/clock.ts';
import { startAmbience, type Ambience } from './audio/ambience.ts';
import { createBreathTones, type BreathTones } from './audio/breathTones.ts';
import { SCENES, findScene } from './scenes/registry.ts';
import type { SessionFrame } from './scenes/types.ts';
import { getLogger, isRecorded, logEvent, startRecording } from './session/logging.ts';
import { refreshDevice } from './pairing/device.ts';
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
import { DragLook } from './xr/DragLook.tsx';
import { SEATED_EYE_HEIGHT } from './xr/comfort.ts';
import { isImmersiveVrSupported, xrStore } from './xr/store.ts';

const loadSessionLayer = () => import('./ui/SessionLayer.tsx');
const SessionLayer = lazy(loadSessionLayer);

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
  const fade = useMemo<FadeState>(() => ({ visibility: 1 }), []);
  const clock = useSession((s) => s.clock);
  const tones = useRef<BreathTones | null>(null);
  const ambience = useRef<Ambience | null>(null);
  const [vrSupported, setVrSupported] = useState(false);

  useEffect(() => {
    void isImmersiveVrSupported().then(setVrSupported);
    void refreshDevice();
    // Fetch what a session needs while the network is here (Wi-Fi in a care home often drops),
    // a few seconds after the start screen is up so it never delays the first load.
    const warm = () => {
      void loadSessionLayer();
      void getLogger();
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
    ambience.current?.stop();
    ambience.current = null;
    void tones.current?.close();
    tones.current = null;
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
    const ctx = new AudioContext();
    void ctx.resume();
    tones.current = createBreathTones(ctx);
    const scene = findScene(cfg.sceneId) ?? SCENES[0]!;
    ambience.current = startAmbience(ctx, scene.manifest.ambience);
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
    if (!startRecording(id)) return; // an unpaired device: try the scene, record nothing
    getLogger()
      .then((l) => l.sessionStarted(start))
      .catch((err: unknown) => reportSyncError(String(err)));
    logEvent(id, 0, 'session_started', { mode: wantVr ? 'vr' : '2d' });
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
          <SessionRunner
            config={config}
            manifest={entry.manifest}
            frame={frame}
            fade={fade}
            clock={clock}
            tones={tones.current}
            onFaded={endNow}
          />
          <DragLook />
          <Suspense fallback={null}>
            <Scene frame={frame} />
          </Suspense>
          {stage !== 'setup' && (
            <Suspense fallback={null}>
              <SessionLayer />
            </Suspense>
          )}
          <FadeShell fade={fade} />
          {showStats && <StatsProbe />}
        </XR>
      </Canvas>
      <ResidentOverlay vrSupported={vrSupported} onBegin={begin} />
    </>
  );
}
