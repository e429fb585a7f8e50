/**
 * Hafan's own pictograms for measures, as numbers shared by the 2D (SVG) and headset (shader)
 * drawings so both look the same: five faces from very sad to very happy, and a thermometer that
 * runs from a cool calm blue to a warm, upset red.
 */

export interface FaceLook {
  /** Skin tone of the face disc: cool and muted when sad, warm and bright when happy. */
  colour: string;
  /** Mouth curve: -1 a deep frown … 0 straight … 1 a broad smile. */
  smile: number;
  /** Brows raised in the middle (a worried look): 0 none … 1 strong. */
  worry: number;
}

const FACES: Record<string, FaceLook> = {
  'face-1': { colour: '#9db4cf', smile: -1, worry: 1 },
  'face-2': { colour: '#bfcbd6', smile: -0.5, worry: 0.45 },
  'face-3': { colour: '#e9dcb4', smile: 0, worry: 0 },
  'face-4': { colour: '#f6d27f', smile: 0.55, worry: 0 },
  'face-5': { colour: '#ffc25a', smile: 1, worry: 0 },
};

export function faceLook(pictogram: string | undefined): FaceLook | null {
  return pictogram ? (FACES[pictogram] ?? null) : null;
}

export const INK = '#23313f';
export const THERMOMETER_CALM = '#79b4d6';
export const THERMOMETER_UPSET = '#e5774f';

/** The thermometer's colour at `f` (0 calm … 1 most upset), as an sRGB hex string. */
export function thermometerColour(f: number): string {
  const a = hex(THERMOMETER_CALM);
  const b = hex(THERMOMETER_UPSET);
  const c = Math.min(1, Math.max(0, f));
  const mix = a.map((x, i) => Math.round(x + (b[i]! - x) * c));
  return `#${mix.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

function hex(h: string): [number, number, number] {
  const n = Number.parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether an instrument's scale is drawn as a thermometer (SUDS) rather than plain numbers. */
export function isThermometer(instrumentId: string): boolean {
  return instrumentId === 'suds';
}
