import { describe, expect, it } from 'vitest';
import {
  chooseSource,
  chooseVoice,
  parseRecordedPath,
  recordedLookup,
  type VoiceInfo,
} from '../../../src/core/narration/source.ts';

const voice = (lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  voiceURI: `${lang}-${extra.localService ? 'local' : 'remote'}${extra.default ? '-default' : ''}`,
  lang,
  localService: false,
  default: false,
  ...extra,
});

describe('recorded narration files', () => {
  it('reads <lang>/<script>/<lineId>.<ext> and nothing else', () => {
    expect(parseRecordedPath('en/beach/intro.1.ogg')).toEqual({
      lang: 'en',
      script: 'beach',
      lineId: 'intro.1',
      ext: 'ogg',
    });
    expect(parseRecordedPath('cy/breathing/coherent.in.wav')?.lineId).toBe('coherent.in');
    for (const bad of [
      'fr/beach/intro.1.ogg',
      'en/beach/intro.1.flac',
      'en/../intro.1.ogg',
      'en/beach/sub/intro.1.ogg',
      'en/Beach/intro.1.ogg',
      'en/beach/.hidden.ogg',
      'beach/intro.1.ogg',
    ]) {
      expect(parseRecordedPath(bad), bad).toBeNull();
    }
  });

  it('prefers ogg, then mp3, then wav when a line has several files', () => {
    const lookup = recordedLookup({
      base: '/narration/',
      files: ['en/beach/intro.1.wav', 'en/beach/intro.1.ogg', 'en/beach/intro.2.mp3'],
    });
    expect(lookup.get('en/beach/intro.1')).toBe('/narration/en/beach/intro.1.ogg');
    expect(lookup.get('en/beach/intro.2')).toBe('/narration/en/beach/intro.2.mp3');
    expect(lookup.size).toBe(2);
  });
});

describe('choosing a voice', () => {
  it('matches the language or a region of it, preferring an on-device voice', () => {
    const voices = [
      voice('en-US', { default: true }),
      voice('cy-GB'),
      voice('en-GB', { localService: true }),
      voice('cym'),
    ];
    expect(chooseVoice(voices, 'en')?.voiceURI).toBe('en-GB-local');
    expect(chooseVoice(voices, 'cy')?.voiceURI).toBe('cy-GB-remote');
    expect(chooseVoice([voice('en_GB')], 'en')?.lang).toBe('en_GB');
    expect(chooseVoice([voice('en-GB')], 'cy')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });
});

describe('the source of a line', () => {
  const recorded = recordedLookup({ base: '/narration/', files: ['cy/beach/intro.1.ogg'] });
  const voices = [voice('en-GB'), voice('cy-GB')];

  it('is the recorded file when the deployment has one for the line and language', () => {
    expect(
      chooseSource({ ref: 'beach/intro.1', lang: 'cy', recorded, voices, speechAvailable: true }),
    ).toEqual({ kind: 'file', url: '/narration/cy/beach/intro.1.ogg' });
  });

  it('is speech when there is no file but a voice for the language', () => {
    expect(
      chooseSource({ ref: 'beach/intro.1', lang: 'en', recorded, voices, speechAvailable: true }),
    ).toEqual({ kind: 'speech', voiceURI: 'en-GB-remote' });
  });

  it('is captions alone with no file and no voice for the language, or no speech at all', () => {
    expect(
      chooseSource({
        ref: 'beach/intro.2',
        lang: 'cy',
        recorded,
        voices: [voice('en-GB')],
        speechAvailable: true,
      }),
    ).toEqual({ kind: 'captions' });
    expect(
      chooseSource({ ref: 'beach/intro.2', lang: 'en', recorded, voices, speechAvailable: false }),
    ).toEqual({ kind: 'captions' });
  });
});
