import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Quaternion, Vector3 } from 'three';
import {
  createPoseSample,
  encodePose,
  FLAG_LEFT,
  FLAG_RIGHT,
  POSE_FRAME_BYTES,
  POSE_INTERVAL_MS,
} from '../../core/social/poseCodec.ts';

/** Sent poses, for the browser tests (the other page must see these move), and the last one. */
export const sentPoses = { count: 0, values: null as Float32Array | null, flags: 0 };

/**
 * Sends our head (the camera: the headset, or the 2D view) and hands (controllers or tracked
 * hands, from the XR frame) about 15 times a second, in our seat's own space. Allocation-free
 * apart from what the WebXR API itself returns.
 */
export function PoseSender({ send }: { send: (bytes: Uint8Array) => void }) {
  const [sample, bytes, p, q] = useMemo(
    () => [createPoseSample(), new Uint8Array(POSE_FRAME_BYTES), new Vector3(), new Quaternion()],
    [],
  );
  const next = useRef(0);

  useFrame((state, _delta, xrFrame?: XRFrame) => {
    const now = performance.now();
    if (now < next.current) return;
    next.current = Math.max(now, next.current + POSE_INTERVAL_MS);
    const v = sample.values;
    state.camera.getWorldPosition(p);
    state.camera.getWorldQuaternion(q);
    v[0] = p.x;
    v[1] = p.y;
    v[2] = p.z;
    v[3] = q.x;
    v[4] = q.y;
    v[5] = q.z;
    v[6] = q.w;
    let flags = 0;
    const ref = state.gl.xr.getReferenceSpace();
    if (xrFrame && ref) {
      for (const source of xrFrame.session.inputSources) {
        const space = source.gripSpace ?? source.targetRaySpace;
        const pose = xrFrame.getPose(space, ref);
        if (!pose || (source.handedness !== 'left' && source.handedness !== 'right')) continue;
        const at = source.handedness === 'left' ? 7 : 14;
        const { position: pp, orientation: o } = pose.transform;
        v[at] = pp.x;
        v[at + 1] = pp.y;
        v[at + 2] = pp.z;
        v[at + 3] = o.x;
        v[at + 4] = o.y;
        v[at + 5] = o.z;
        v[at + 6] = o.w;
        flags |= source.handedness === 'left' ? FLAG_LEFT : FLAG_RIGHT;
      }
    }
    sample.flags = flags;
    // The level byte stays 0: each listener measures the voice it actually receives instead.
    sample.level = 0;
    sample.seq = (sample.seq + 1) & 0xffff;
    sample.timeMs = Math.floor(now);
    send(encodePose(sample, bytes));
    sentPoses.count++;
    sentPoses.values = v;
    sentPoses.flags = flags;
  });
  return null;
}
