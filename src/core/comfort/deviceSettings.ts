import { z } from 'zod';

/**
 * Settings that belong to a headset or tablet rather than to one session: the three volumes
 * (narration, ambience, breathing tones) and the caption size. Stored on the device; anything
 * unreadable falls back to the defaults rather than breaking the start screen.
 */

export const VOLUME_CHANNELS = ['narration', 'ambience', 'tones'] as const;
export type VolumeChannel = (typeof VOLUME_CHANNELS)[number];

/** Five levels, off to full: big steps that a resident can hear and a dwell can choose. */
export const VOLUME_LEVELS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

const Level = z.number().min(0).max(1);

export const DeviceSettingsSchema = z.object({
  volume: z.object({ narration: Level, ambience: Level, tones: Level }),
  captionSize: z.enum(['small', 'large', 'extra_large']),
});
export type DeviceSettings = z.infer<typeof DeviceSettingsSchema>;

export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = {
  volume: { narration: 1, ambience: 0.75, tones: 0.75 },
  captionSize: 'large',
};

/** Stored settings, or the defaults for anything missing or malformed. */
export function parseDeviceSettings(json: string | null): DeviceSettings {
  if (!json) return DEFAULT_DEVICE_SETTINGS;
  try {
    const raw = JSON.parse(json) as Partial<DeviceSettings>;
    const volume = { ...DEFAULT_DEVICE_SETTINGS.volume, ...(raw.volume ?? {}) };
    const r = DeviceSettingsSchema.safeParse({ ...DEFAULT_DEVICE_SETTINGS, ...raw, volume });
    return r.success ? r.data : DEFAULT_DEVICE_SETTINGS;
  } catch {
    return DEFAULT_DEVICE_SETTINGS;
  }
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
