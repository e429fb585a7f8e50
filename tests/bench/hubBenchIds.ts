/** Ids shared by the hub bench and the hub process it measures. */
export const BENCH_SITE = 'a0000000-0000-4000-8000-0000000000be';
export const benchHeadsetId = (i: number) =>
  `0be00000-0000-4000-8000-${String(i).padStart(12, '0')}`;
export const benchToken = (i: number) => `bench-device-token-${i}`;
