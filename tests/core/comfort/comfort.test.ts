import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEVICE_SETTINGS,
  nextDim,
  parseDeviceSettings,
  stepVolume,
} from '../../../src/core/comfort/deviceSettings.ts';
import {
  MAX_FLOOR_OFFSET_M,
  headInScene,
  recentreOrigin,
  yawOf,
} from '../../../src/core/comfort/recentre.ts';

const EYE = 1.15;

describe('recentre', () => {
  it.each([
    { x: 0, y: 1.15, z: 0, yaw: 0 },
    { x: 0.3, y: 1.02, z: -0.2, yaw: 0.7 },
    { x: -0.5, y: 1.4, z: 0.4, yaw: -2.5 },
    { x: 0.1, y: 0.9, z: 0.1, yaw: Math.PI },
  ])('brings a seated head at %o back to the viewpoint, facing the scene', (head) => {
    const origin = recentreOrigin(head, 'seated', EYE);
    const after = headInScene(head, origin);
    expect(after.x).toBeCloseTo(0, 9);
    expect(after.z).toBeCloseTo(0, 9);
    expect(after.y).toBeCloseTo(EYE, 9);
    expect(Math.abs(after.yaw)).toBeCloseTo(0, 9);
  });

  it('keeps the real floor for a standing resident (no height offset)', () => {
    const head = { x: 0.2, y: 1.62, z: 0.3, yaw: 1 };
    const origin = recentreOrigin(head, 'standing', EYE);
    expect(origin.y).toBe(0);
    const after = headInScene(head, origin);
    expect(after.y).toBeCloseTo(1.62, 9);
    expect(after.x).toBeCloseTo(0, 9);
    expect(after.yaw).toBeCloseTo(0, 9);
  });

  it('never moves the floor by more than a bounded offset on a bad height reading', () => {
    expect(recentreOrigin({ x: 0, y: 0, z: 0, yaw: 0 }, 'seated', EYE).y).toBe(MAX_FLOOR_OFFSET_M);
    expect(recentreOrigin({ x: 0, y: 9, z: 0, yaw: 0 }, 'seated', EYE).y).toBe(-MAX_FLOOR_OFFSET_M);
  });

  it('measures yaw as three.js does (0 facing -Z, positive to the left)', () => {
    expect(yawOf(0, -1)).toBeCloseTo(0);
    expect(yawOf(-1, 0)).toBeCloseTo(Math.PI / 2);
    expect(yawOf(1, 0)).toBeCloseTo(-Math.PI / 2);
  });
});

describe('device settings', () => {
  it('falls back to the defaults for missing, malformed or out-of-range settings', () => {
    expect(parseDeviceSettings(null)).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(parseDeviceSettings('{nope')).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(parseDeviceSettings('{"volume":{"narration":7}}')).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(parseDeviceSettings('{"captionSize":"huge"}')).toEqual(DEFAULT_DEVICE_SETTINGS);
  });

  it('keeps what was stored, filling in what was not', () => {
    const s = parseDeviceSettings('{"volume":{"ambience":0.25},"captionSize":"extra_large"}');
    expect(s.volume).toEqual({ ...DEFAULT_DEVICE_SETTINGS.volume, ambience: 0.25 });
    expect(s.captionSize).toBe('extra_large');
  });

  it('steps volume in five levels and stops at off and full', () => {
    expect(stepVolume(1, 1)).toBe(1);
    expect(stepVolume(1, -1)).toBe(0.75);
    expect(stepVolume(0.25, -1)).toBe(0);
    expect(stepVolume(0, -1)).toBe(0);
    expect(stepVolume(0.6, 1)).toBe(0.75);
  });

  it('cycles dim through none, dim and dimmer', () => {
    expect([nextDim(0), nextDim(1), nextDim(2)]).toEqual([1, 2, 0]);
  });
});
