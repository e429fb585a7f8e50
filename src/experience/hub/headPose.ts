/**
 * The resident's head pose, sampled from the camera a few times a second for the console's
 * mirror: position (m) then orientation quaternion. Written by HeadPoseSampler in the render
 * loop, read by the hub link's 10 Hz timer; no allocation either side.
 */
export const headPose = {
  p: new Float64Array([0, 1.2, 0, 0, 0, 0, 1]),
  sampledAtMs: 0,
};

/** The pose as sent: millimetres and 1/1000 of a quaternion unit are plenty for a mirror. */
export function compactPose(): [number, number, number, number, number, number, number] {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const p = headPose.p;
  return [r(p[0]!), r(p[1]!), r(p[2]!), r(p[3]!), r(p[4]!), r(p[5]!), r(p[6]!)];
}
