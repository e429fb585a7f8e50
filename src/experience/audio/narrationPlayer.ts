import type { Lang } from '../../core/i18n/catalogue.ts';
import {
  chooseSource,
  type NarrationSource,
  type RecordedLookup,
  type VoiceInfo,
} from '../../core/narration/source.ts';

/**
 * Says one narration line at a time, from the best source there is for it: a recorded file
 * (decoded with Web Audio, so it follows the narration volume), else a Web Speech voice for the
 * language, else nothing (the caption alone). A new line, a pause or the end stops the last one.
 */
export interface NarrationPlayer {
  say(ref: string, lang: Lang, text: string): NarrationSource['kind'];
  /** Fetches and decodes recorded files ahead of time (Wi-Fi in care homes drops). */
  prefetch(refs: readonly string[], lang: Lang): void;
  stop(): void;
  setVolume(volume: number): void;
  close(): void;
}

export interface PlayedLine {
  ref: string;
  lang: Lang;
  source: NarrationSource['kind'];
}

declare global {
  interface Window {
    /** Test builds: every line said this page, with its source. */
    __hafanNarration?: PlayedLine[];
  }
}

/** Speech a little slower than the default: easier to follow for older listeners. */
const SPEECH_RATE = 0.9;

function voices(speech: SpeechSynthesis | undefined): VoiceInfo[] {
  return speech ? speech.getVoices() : [];
}

export function createNarrationPlayer(
  ctx: AudioContext,
  recorded: RecordedLookup,
  volume: number,
): NarrationPlayer {
  const speech = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const out = ctx.createGain();
  out.gain.value = volume;
  out.connect(ctx.destination);
  const buffers = new Map<string, Promise<AudioBuffer | null>>();
  let playing: { source: AudioBufferSourceNode; gain: GainNode } | null = null;
  let current = 0;
  let level = volume;

  const load = (url: string) => {
    let p = buffers.get(url);
    if (!p) {
      p = fetch(url)
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${r.status} ${url}`))))
        .then((b) => ctx.decodeAudioData(b))
        .catch((err: unknown) => {
          console.warn('recorded narration could not be loaded', err);
          buffers.delete(url); // try again next time
          return null;
        });
      buffers.set(url, p);
    }
    return p;
  };

  const stopFile = () => {
    if (!playing) return;
    // A quick fade rather than a click.
    const { source, gain } = playing;
    gain.gain.setTargetAtTime(0, ctx.currentTime, 0.08);
    source.stop(ctx.currentTime + 0.4);
    playing = null;
  };

  const stop = () => {
    current++;
    stopFile();
    if (speech?.speaking || speech?.pending) speech.cancel();
  };

  return {
    say(ref, lang, text) {
      stop();
      const id = current;
      const choice = chooseSource({
        ref,
        lang,
        recorded,
        voices: voices(speech),
        speechAvailable: Boolean(speech),
      });
      if (__HAFAN_EMULATOR__)
        (window.__hafanNarration ??= []).push({ ref, lang, source: choice.kind });
      if (choice.kind === 'file') {
        void load(choice.url).then((buffer) => {
          if (!buffer || id !== current) return;
          const source = ctx.createBufferSource();
          const gain = ctx.createGain();
          source.buffer = buffer;
          source.connect(gain).connect(out);
          source.onended = () => gain.disconnect();
          source.start();
          playing = { source, gain };
        });
      } else if (choice.kind === 'speech' && speech) {
        const utterance = new SpeechSynthesisUtterance(text);
        const voice = speech.getVoices().find((v) => v.voiceURI === choice.voiceURI);
        if (voice) utterance.voice = voice;
        utterance.lang = voice?.lang ?? lang;
        utterance.rate = SPEECH_RATE;
        utterance.volume = level;
        speech.speak(utterance);
      }
      return choice.kind;
    },
    prefetch(refs, lang) {
      for (const ref of refs) {
        const url = recorded.get(`${lang}/${ref}`);
        if (url) void load(url);
      }
    },
    stop,
    setVolume(v) {
      level = Math.min(1, Math.max(0, v));
      out.gain.setTargetAtTime(level, ctx.currentTime, 0.1);
    },
    close() {
      stop();
      out.disconnect();
    },
  };
}
