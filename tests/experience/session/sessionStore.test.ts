import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  backToSetup,
  beginSession,
  configure,
  effectivePattern,
  finishSession,
  requestLeave,
  sessionStore,
  showCaption,
  pauseSession,
  resumeSession,
  cycleCaptionSize,
  cycleDim,
  requestRecentre,
  setVolume,
  stepChannelVolume,
  switchLanguage,
} from '../../../src/experience/session/sessionStore.ts';
import { elapsedAt, startClock } from '../../../src/core/session/clock.ts';

describe('session store actions', () => {
  beforeEach(() => {
    backToSetup();
    sessionStore.setState({ config: DEFAULT_CONFIG });
  });

  it('never defaults to a pattern with a breath hold', () => {
    expect(DEFAULT_CONFIG.pattern).toBe('scene_default');
    expect(effectivePattern(DEFAULT_CONFIG, 'coherent')).toBe('coherent');
    expect(effectivePattern({ ...DEFAULT_CONFIG, pattern: 'box' }, 'coherent')).toBe('box');
  });

  it('runs setup → running → leaving → finished, and the first end reason wins', () => {
    configure({ lengthMin: 10, language: 'cy' });
    beginSession('s1', 'vr', startClock(0));
    expect(sessionStore.getState()).toMatchObject({
      stage: 'running',
      mode: 'vr',
      sessionId: 's1',
    });
    // Settings cannot change under a running session.
    configure({ lengthMin: 3 });
    expect(sessionStore.getState().config.lengthMin).toBe(10);
    requestLeave('exited_by_resident');
    requestLeave('completed');
    expect(sessionStore.getState()).toMatchObject({
      stage: 'leaving',
      endReason: 'exited_by_resident',
    });
    finishSession();
    expect(sessionStore.getState().stage).toBe('finished');
  });

  it('pauses and resumes session time, and leaving from the pause lets time run for the fade', () => {
    beginSession('s2', 'vr', startClock(0));
    expect(pauseSession(1000)).toBe(true);
    expect(pauseSession(1500)).toBe(false);
    expect(elapsedAt(sessionStore.getState().clock!, 9000)).toBe(1000);
    expect(resumeSession(5000)).toBe(true);
    expect(elapsedAt(sessionStore.getState().clock!, 6000)).toBe(2000);
    pauseSession(6000);
    requestLeave('exited_by_resident');
    expect(sessionStore.getState().paused).toBe(false);
  });

  it('cycles caption sizes small → large → extra large', () => {
    expect(sessionStore.getState().captionSize).toBe('large');
    cycleCaptionSize();
    expect(sessionStore.getState().captionSize).toBe('extra_large');
    cycleCaptionSize();
    expect(sessionStore.getState().captionSize).toBe('small');
  });

  it('changes the caption only when it differs (no re-render per frame)', () => {
    let updates = 0;
    const unsubscribe = sessionStore.subscribe(() => updates++);
    showCaption('beach/intro.1');
    showCaption('beach/intro.1');
    showCaption('beach/intro.1');
    expect(updates).toBe(1);
    unsubscribe();
  });

  it('switches the language mid-session (captions follow), though other settings stay fixed', () => {
    configure({ language: 'en' });
    beginSession('s3', 'vr', startClock(0));
    switchLanguage('cy');
    expect(sessionStore.getState().config.language).toBe('cy');
    configure({ sceneId: 'aurora' });
    expect(sessionStore.getState().config.sceneId).toBe('beach');
  });

  it('steps each volume on its own within off..full', () => {
    setVolume('narration', 1);
    setVolume('tones', 0.5);
    stepChannelVolume('narration', -1);
    stepChannelVolume('narration', -1);
    expect(sessionStore.getState().volume.narration).toBe(0.5);
    expect(sessionStore.getState().volume.tones).toBe(0.5);
    for (let i = 0; i < 6; i++) stepChannelVolume('tones', 1);
    expect(sessionStore.getState().volume.tones).toBe(1);
    setVolume('ambience', 7);
    expect(sessionStore.getState().volume.ambience).toBe(1);
  });

  it('cycles dim, counts recentre requests, and starts every session undimmed', () => {
    beginSession('s4', '2d', startClock(0));
    cycleDim();
    cycleDim();
    expect(sessionStore.getState().dim).toBe(2);
    const before = sessionStore.getState().recentreRequests;
    requestRecentre();
    expect(sessionStore.getState().recentreRequests).toBe(before + 1);
    beginSession('s5', '2d', startClock(0));
    expect(sessionStore.getState().dim).toBe(0);
  });

  it('defaults to seated', () => {
    expect(DEFAULT_CONFIG.posture).toBe('seated');
  });
});
