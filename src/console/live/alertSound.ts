/**
 * A soft two-note chime for a resident's call, synthesised (no audio file). Browsers allow sound
 * only after the page had a user gesture; staff have tapped the console by then.
 */
let ctx: AudioContext | null = null;

declare global {
  interface Window {
    /** Test builds: how many chimes the console has played. */
    __hafanChimes?: number;
  }
}

export function playAlertChime(): void {
  if (__HAFAN_EMULATOR__) window.__hafanChimes = (window.__hafanChimes ?? 0) + 1;
  try {
    ctx ??= new AudioContext();
    void ctx.resume();
    const t0 = ctx.currentTime + 0.02;
    [659.25, 880].forEach((freq, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = t0 + i * 0.28;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.25, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.9);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(start);
      osc.stop(start + 1);
    });
  } catch {
    // No audio here: the visible badge still shows.
  }
}
