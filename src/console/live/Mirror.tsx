import { Canvas, useFrame } from '@react-three/fiber';
import { Suspense, lazy, useEffect, useMemo, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import { createBreathState, phaseAt } from '../../core/breathing/phase.ts';
import { PATTERNS } from '../../core/breathing/patterns.ts';
import { SCENES, findScene } from '../../experience/scenes/registry.ts';
import type { SessionFrame } from '../../experience/scenes/types.ts';
import { SEATED_EYE_HEIGHT } from '../../experience/xr/comfort.ts';
import { consoleHub, mirrorPoses, useConsoleHub } from './consoleHub.ts';

/** What the mirror last showed, for the browser tests (written twice a second, not per frame). */
interface MirrorProbe {
  poses: number;
  yawDeg: number;
}

/**
 * The live mirror: the resident's scene rendered small on the console from their head pose
 * (sent ~10 times a second, no video), smoothed between poses. Loaded only when opened, so the
 * console downloads three.js only then.
 */
export default function Mirror({ headsetId }: { headsetId: string }) {
  const sceneId = useConsoleHub((s) => s.headsets[headsetId]?.status?.scene ?? null);
  const name = useConsoleHub((s) => s.headsets[headsetId]?.name ?? '');
  const entry = (sceneId ? findScene(sceneId) : undefined) ?? SCENES[0]!;
  const Scene = useMemo(() => lazy(entry.load), [entry]);
  const frame = useMemo<SessionFrame>(
    () => ({ elapsedMs: 0, breath: createBreathState(), guideVisible: true }),
    [],
  );
  const probe = useRef<MirrorProbe>({ poses: 0, yawDeg: 0 });
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = window.setInterval(() => {
      box.current?.setAttribute('data-poses', String(probe.current.poses));
      box.current?.setAttribute('data-yaw', String(Math.round(probe.current.yawDeg)));
    }, 500);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="mirror" ref={box} data-testid="mirror" data-poses="0" data-yaw="0">
      <Canvas
        camera={{ position: [0, SEATED_EYE_HEIGHT, 0], fov: 70, near: 0.05, far: 2000 }}
        dpr={1}
        gl={{ antialias: false, preserveDrawingBuffer: true }}
        aria-label={`Live mirror of what the resident sees on ${name}`}
        role="img"
      >
        <MirrorCamera
          headsetId={headsetId}
          frame={frame}
          pattern={entry.manifest.defaultPattern}
          probe={probe.current}
        />
        <Suspense fallback={null}>
          <Scene frame={frame} />
        </Suspense>
      </Canvas>
    </div>
  );
}

function MirrorCamera({
  headsetId,
  frame,
  pattern,
  probe,
}: {
  headsetId: string;
  frame: SessionFrame;
  pattern: keyof typeof PATTERNS;
  probe: MirrorProbe;
}) {
  const tmp = useMemo(
    () => ({ v: new Vector3(), q: new Quaternion(), seen: -1, since: 0, elapsed: 0 }),
    [],
  );
  useFrame((state, delta) => {
    const pose = mirrorPoses.get(headsetId);
    const cam = state.camera;
    if (pose) {
      if (pose.atMs !== tmp.seen) {
        tmp.seen = pose.atMs;
        probe.poses += 1;
      }
      const p = pose.p;
      tmp.v.set(p[0]!, p[1]!, p[2]!);
      tmp.q.set(p[3]!, p[4]!, p[5]!, p[6]!).normalize();
      // Ease toward the latest pose: 10 poses a second look smooth, never jumpy.
      const k = 1 - Math.exp(-delta * 12);
      cam.position.lerp(tmp.v, k);
      cam.quaternion.slerp(tmp.q, k);
      const f = tmp.v.set(0, 0, -1).applyQuaternion(cam.quaternion);
      probe.yawDeg = (Math.atan2(-f.x, -f.z) * 180) / Math.PI;
    }
    // Session time from the last status, carried forward between the once-a-second updates.
    const s = consoleHub.getState().headsets[headsetId]?.status;
    const elapsed = s?.elapsedMs ?? 0;
    if (elapsed !== tmp.elapsed) {
      tmp.elapsed = elapsed;
      tmp.since = performance.now();
    }
    frame.elapsedMs = s?.paused ? elapsed : elapsed + (performance.now() - tmp.since);
    frame.guideVisible = true;
    phaseAt(PATTERNS[pattern], frame.elapsedMs, frame.breath);
  }, -1);
  return null;
}
