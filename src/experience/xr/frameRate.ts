/**
 * Relaxation scenes render at 72 Hz: calm motion does not need 90/120 Hz, and 72 Hz leaves the
 * most GPU time per frame (13.9 ms) on a Quest. Falls back to the lowest rate of at least 60 Hz.
 */
export const TARGET_FRAME_RATE = 72;

export function chooseFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported).filter((r) => Number.isFinite(r) && r > 0);
  if (rates.length === 0) return false;
  if (rates.includes(TARGET_FRAME_RATE)) return TARGET_FRAME_RATE;
  const atLeast60 = rates.filter((r) => r >= 60).sort((a, b) => a - b);
  return atLeast60[0] ?? Math.max(...rates);
}

/**
 * Fixed foveation 0.5: the periphery renders at lower resolution (saving fill rate on the mobile
 * GPU) without the visible blockiness of maximum foveation in the soft sky gradients; captions sit
 * near the centre of view where resolution is full.
 */
export const FOVEATION = 0.5;
