import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { Quaternion, Vector3 } from 'three';
import { headPose } from './headPose.ts';

const SAMPLE_EVERY_MS = 90;

/** Copies the viewer's head pose (the XR camera in VR) into `headPose` about 11 times a second. */
export function HeadPoseSampler() {
  const tmp = useMemo(() => ({ v: new Vector3(), q: new Quaternion() }), []);
  useFrame((state) => {
    const now = performance.now();
    if (now - headPose.sampledAtMs < SAMPLE_EVERY_MS) return;
    headPose.sampledAtMs = now;
    const cam = state.gl.xr.isPresenting ? state.gl.xr.getCamera() : state.camera;
    cam.getWorldPosition(tmp.v);
    cam.getWorldQuaternion(tmp.q);
    const p = headPose.p;
    p[0] = tmp.v.x;
    p[1] = tmp.v.y;
    p[2] = tmp.v.z;
    p[3] = tmp.q.x;
    p[4] = tmp.q.y;
    p[5] = tmp.q.z;
    p[6] = tmp.q.w;
  });
  return null;
}
