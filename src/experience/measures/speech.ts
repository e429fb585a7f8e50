import type { Lang } from '../../core/i18n/catalogue.ts';

/**
 * Reads a question aloud when the browser has a voice for the language (Web Speech API); with no
 * voice the words are on screen and in the headset as text, which is the caption.
 */
export function voiceFor(lang: Lang): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang)) ?? null;
}

/** Speaks `text`; returns a function that stops it. A no-op without a voice. */
export function speak(text: string, lang: Lang): () => void {
  const voice = voiceFor(lang);
  if (!voice) return () => undefined;
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9; // a little slower than usual: residents may hear less well
  speechSynthesis.cancel();
  speechSynthesis.speak(u);
  return () => speechSynthesis.cancel();
}
