/**
 * Settings that belong to a headset or tablet rather than to one session: the three volumes
 * (narration, ambience, breathing tones) and the caption size. Stored on the device; anything
 * unreadable falls back to the defaults rather than breaking the start screen.
 */

export const VOLUME_CHANNELS = ['narration', 'ambience', 'tones'] as const;
export type VolumeChannel = (typeof VOLUME_CHANNELS)[number];

/** Five levels, off to full: big steps that a resident can hear and a dwell can choose. */
export const VOLUME_LEVELS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

export type CaptionSizeSetting = 'small' | 'large' | 'extra_large';
const CAPTION_SIZES: readonly string[] = ['small', 'large', 'extra_large'];

export interface DeviceSettings {
  volume: Record<VolumeChannel, number>;
  captionSize: CaptionSizeSetting;
}

export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  volume: { narration: 1, ambience: 0.75, tones: 0.75 },
  captionSize: 'large',
};

const isLevel = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * Stored settings, or the defaults for anything missing or malformed. Checked by hand rather
 * than with zod: this runs on the start screen, whose first load stays small.
 */
export function parseDeviceSettings(json: string | null): DeviceSettings {
  if (!json) return DEFAULT_DEVICE_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return DEFAULT_DEVICE_SETTINGS;
  }
  if (!raw || typeof raw !== 'object') return DEFAULT_DEVICE_SETTINGS;
  const r = raw as { volume?: unknown; captionSize?: unknown };
  const volume = { ...DEFAULT_DEVICE_SETTINGS.volume };
  if (r.volume !== undefined) {
    if (!r.volume || typeof r.volume !== 'object') return DEFAULT_DEVICE_SETTINGS;
    for (const channel of VOLUME_CHANNELS) {
      const v = (r.volume as Record<string, unknown>)[channel];
      if (v === undefined) continue;
      if (!isLevel(v)) return DEFAULT_DEVICE_SETTINGS;
      volume[channel] = v;
    }
  }
  const captionSize = r.captionSize ?? DEFAULT_DEVICE_SETTINGS.captionSize;
  if (typeof captionSize !== 'string' || !CAPTION_SIZES.includes(captionSize)) {
    return DEFAULT_DEVICE_SETTINGS;
  }
  return { volume, captionSize: captionSize as CaptionSizeSetting };
}

/** One step up or down the volume levels, stopping at off and full. */
export function stepVolume(level: number, direction: 1 | -1): number {
  let i = 0;
  VOLUME_LEVELS.forEach((l, j) => {
    if (Math.abs(l - level) < Math.abs(VOLUME_LEVELS[i]! - level)) i = j;
  });
  return VOLUME_LEVELS[Math.max(0, Math.min(VOLUME_LEVELS.length - 1, i + direction))]!;
}

/** Dim levels: the scene is darkened by this much (0 none); captions and menus stay bright. */
export const DIM_LEVELS = [0, 0.35, 0.6] as const;
export type DimLevel = 0 | 1 | 2;

export function nextDim(d: DimLevel): DimLevel {
  return ((d + 1) % DIM_LEVELS.length) as DimLevel;
}
