import { Canvas, useFrame } from '@react-three/fiber';
import { Profiler, Suspense, lazy, useMemo } from 'react';
import { phaseAt } from '../core/breathing/phase.ts';
import { PATTERNS } from '../core/breathing/patterns.ts';
import type { AnyManifest, SceneEntry, SessionFrame } from './scenes/types.ts';
import { SEATED_EYE_HEIGHT } from './xr/comfort.ts';
import { StatsProbe, countReactCommit } from './ui/StatsProbe.tsx';
import { SeatView } from './social/SeatView.tsx';
import { DemoRoom } from './social/DemoRoom.tsx';

/**
 * A scene on its own at a chosen moment: `/?preview=beach&t=12000` freezes time at 12 s (for
 * screenshots); without `t` time runs. `&breath=5450` draws the breath of another moment over the
 * same frozen scene, and `&guide=0` hides the guide ("just listen"): the browser tests use these to
 * show that the guide follows the breath, and only the guide. Used by scene authors too.
 */
export function ScenePreview({
  entry,
  frozenMs,
  breathMs = null,
  guideVisible = true,
  stats,
  people = 0,
}: {
  entry: SceneEntry<AnyManifest>;
  frozenMs: number | null;
  breathMs?: number | null;
  guideVisible?: boolean;
  stats: boolean;
  /** Social scenes: made-up people round the table or fire (`&people=5`). */
  people?: number;
}) {
  const Scene = useMemo(() => lazy(entry.load), [entry]);
  const frame = useMemo<SessionFrame>(
    () => ({
      elapsedMs: frozenMs ?? 0,
      breath: phaseAt(PATTERNS[entry.manifest.defaultPattern], breathMs ?? frozenMs ?? 0),
      guideVisible,
    }),
    [entry, frozenMs, breathMs, guideVisible],
  );
  return (
    <Canvas
      camera={{ position: [0, SEATED_EYE_HEIGHT, 0], fov: 70, near: 0.05, far: 2000 }}
      gl={{ antialias: true, preserveDrawingBuffer: stats }}
      dpr={1}
      style={{ position: 'fixed', inset: 0 }}
    >
      <PreviewClock
        frame={frame}
        frozen={frozenMs !== null}
        pattern={entry.manifest.defaultPattern}
      />
      <Profiler id="scene" onRender={countReactCommit}>
        <Suspense fallback={null}>
          {entry.manifest.social ? (
            // A social scene is seen from a seat (seat 1), as people in a room see it.
            <SeatView seat={1} radius={entry.manifest.social.seatRadius}>
              <Scene frame={frame} />
              {people > 0 && (
                <DemoRoom layout={entry.manifest.social} people={people} frame={frame} />
              )}
            </SeatView>
          ) : (
            <Scene frame={frame} />
          )}
        </Suspense>
      </Profiler>
      {stats && <StatsProbe />}
    </Canvas>
  );
}

function PreviewClock({
  frame,
  frozen,
  pattern,
}: {
  frame: SessionFrame;
  frozen: boolean;
  pattern: keyof typeof PATTERNS;
}) {
  useFrame((state) => {
    state.camera.lookAt(0, SEATED_EYE_HEIGHT, -10);
    if (frozen) return;
    frame.elapsedMs = state.clock.elapsedTime * 1000;
    phaseAt(PATTERNS[pattern], frame.elapsedMs, frame.breath);
  }, -1);
  return null;
}
