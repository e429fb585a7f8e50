import type { Page } from 'playwright-core';

// Test audio for the narration browser tests.

declare global {
  interface Window {
    /** Durations of every audio buffer the page started playing. */
    __startedBuffers?: number[];
  }
}

/** Records, in `window.__startedBuffers`, the duration of every audio buffer the page starts. */
export async function recordStartedBuffers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__startedBuffers = [];
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (
      this: AudioBufferSourceNode,
      ...args: Parameters<AudioBufferSourceNode['start']>
    ) {
      window.__startedBuffers!.push(this.buffer?.duration ?? 0);
      return start.apply(this, args);
    };
  });
}

/** A short, quiet 440 Hz tone as a 16-bit mono WAV: a stand-in for a recorded narration line. */
export function toneWav(seconds: number, rate = 22_050): Buffer {
  const n = Math.round(seconds * rate);
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 6000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
