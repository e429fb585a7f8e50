import { useState } from 'react';
import { CY_REVIEWED, LANGS, t } from '../../core/i18n/catalogue.ts';
import { PATTERN_IDS } from '../../core/breathing/patterns.ts';
import { SESSION_LENGTHS_MIN } from '../../core/session/timeline.ts';
import { SCENES, findScene } from '../scenes/registry.ts';
import { callStaff, pauseByResident, resumeByResident } from '../session/pauseActions.ts';
import {
  backToSetup,
  configure,
  cycleCaptionSize,
  requestLeave,
  useSession,
} from '../session/sessionStore.ts';
import { useLoggerStatus } from '../session/useLoggerStatus.ts';
import { isRecorded } from '../session/logging.ts';
import { DeviceNote } from '../pairing/DeviceNote.tsx';
import { PairingPanel } from '../pairing/PairingPanel.tsx';
import { useDevice } from '../pairing/device.ts';

const BREATHING_CHOICES = ['scene_default', ...PATTERN_IDS, 'just_listen'] as const;

/**
 * Everything on the flat screen: the start screen, the Leave button and captions for screen
 * readers during a 2D session, and the thank-you screen. Large targets, high contrast.
 */
export function ResidentOverlay({
  vrSupported,
  onBegin,
}: {
  vrSupported: boolean;
  onBegin: (vr: boolean) => void;
}) {
  const stage = useSession((s) => s.stage);
  const mode = useSession((s) => s.mode);
  const lang = useSession((s) => s.config.language);
  const paused = useSession((s) => s.paused);

  if (stage === 'setup') return <StartScreen vrSupported={vrSupported} onBegin={onBegin} />;
  if (stage === 'finished') {
    return (
      <main className="panel panel--centre" lang={lang} data-testid="finished">
        <h1>{t(lang, 'app.thanks')}</h1>
        <p>{t(lang, 'app.finished')}</p>
        <SaveStatus />
        <button className="big" onClick={backToSetup}>
          {t(lang, 'app.again')}
        </button>
      </main>
    );
  }
  return (
    <div className="session-chrome" lang={lang}>
      <LiveCaption />
      {paused && <PausePanel showChoices={mode === '2d'} />}
      {mode === '2d' && !paused && (
        <>
          <p className="hint">{t(lang, 'app.dragToLook')}</p>
          <div className="session-buttons">
            <button
              className="big leave"
              onClick={() => requestLeave('exited_by_resident')}
              disabled={stage !== 'running'}
            >
              {t(lang, 'app.leave')}
            </button>
            <button className="big" onClick={pauseByResident} disabled={stage !== 'running'}>
              {t(lang, 'menu.pause')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** Paused: the same choices as in the headset, as large buttons for touch and keyboard. */
function PausePanel({ showChoices }: { showChoices: boolean }) {
  const lang = useSession((s) => s.config.language);
  const staffCalled = useSession((s) => s.staffCalled);
  return (
    <section className="panel panel--centre" aria-labelledby="paused-title" data-testid="paused">
      <h2 id="paused-title">{t(lang, 'menu.paused')}</h2>
      {showChoices && (
        <div className="choices choices--menu">
          <button className="big primary" onClick={resumeByResident} autoFocus>
            {t(lang, 'menu.resume')}
          </button>
          <button className="big" onClick={() => requestLeave('exited_by_resident')}>
            {t(lang, 'app.leave')}
          </button>
          <button className="big" onClick={cycleCaptionSize}>
            {t(lang, 'menu.captions')}
          </button>
          <button className="big" onClick={callStaff} disabled={staffCalled}>
            {t(lang, 'menu.callStaff')}
          </button>
        </div>
      )}
      {staffCalled && <p role="status">{t(lang, 'menu.staffCalled')}</p>}
    </section>
  );
}

/** Whether the session's records reached the server; staff can push them on. */
function SaveStatus() {
  const lang = useSession((s) => s.config.language);
  const sessionId = useSession((s) => s.sessionId);
  const { unsent, sendNow } = useLoggerStatus();
  if (!isRecorded(sessionId)) {
    return (
      <div className="save-status">
        <p role="status" data-testid="save-status" data-unsent={0}>
          {t(lang, 'app.notRecorded')}
        </p>
      </div>
    );
  }
  return (
    <div className="save-status">
      <p role="status" data-testid="save-status" data-unsent={unsent}>
        {unsent === 0 ? t(lang, 'app.saved') : t(lang, 'app.unsent', { n: unsent })}
      </p>
      {unsent > 0 && (
        <button className="choice" onClick={sendNow}>
          {t(lang, 'app.sendNow')}
        </button>
      )}
    </div>
  );
}

/** Screen readers hear the captions; sighted residents read them in the scene. */
function LiveCaption() {
  const key = useSession((s) => s.captionKey);
  const lang = useSession((s) => s.config.language);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="caption">
      {key ? t(lang, key) : ''}
    </p>
  );
}

function StartScreen({
  vrSupported,
  onBegin,
}: {
  vrSupported: boolean;
  onBegin: (vr: boolean) => void;
}) {
  const config = useSession((s) => s.config);
  const lang = config.language;
  const scene = findScene(config.sceneId);
  const paired = useDevice((s) => s.device !== null);
  const [pairing, setPairing] = useState(false);
  if (pairing) return <PairingPanel lang={lang} onDone={() => setPairing(false)} />;
  return (
    <main className="panel" lang={lang}>
      <h1>{t(lang, 'app.title')}</h1>
      <p className="tagline">{t(lang, 'app.tagline')}</p>
      {lang === 'cy' && !CY_REVIEWED && <p className="draft">{t(lang, 'app.draft')}</p>}
      <DeviceNote lang={lang} onPair={() => setPairing(true)} />
      <fieldset>
        <legend>{t(lang, 'app.chooseScene')}</legend>
        <div className="choices">
          {SCENES.map(({ manifest }) => (
            <button
              key={manifest.id}
              className="choice"
              aria-pressed={config.sceneId === manifest.id}
              onClick={() => configure({ sceneId: manifest.id })}
            >
              {t(lang, manifest.titleKey)}
            </button>
          ))}
        </div>
        {scene && <p className="note">{t(lang, scene.manifest.descriptionKey)}</p>}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'app.chooseLength')}</legend>
        <div className="choices">
          {SESSION_LENGTHS_MIN.map((n) => (
            <button
              key={n}
              className="choice"
              aria-pressed={config.lengthMin === n}
              onClick={() => configure({ lengthMin: n })}
            >
              {t(lang, 'app.minutes', { n })}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'app.chooseLanguage')}</legend>
        <div className="choices">
          {LANGS.map((l) => (
            <button
              key={l}
              className="choice"
              lang={l}
              aria-pressed={lang === l}
              onClick={() => configure({ language: l })}
            >
              {t(l, `lang.${l}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'app.chooseBreathing')}</legend>
        <div className="choices">
          {BREATHING_CHOICES.map((choice) => (
            <button
              key={choice}
              className="choice"
              aria-pressed={
                choice === 'just_listen'
                  ? !config.guideVisible
                  : config.guideVisible && config.pattern === choice
              }
              onClick={() =>
                configure(
                  choice === 'just_listen'
                    ? { guideVisible: false }
                    : { guideVisible: true, pattern: choice },
                )
              }
            >
              {choice === 'just_listen'
                ? t(lang, 'app.justListen')
                : choice === 'scene_default'
                  ? t(lang, 'app.sceneDefault')
                  : t(lang, `pattern.${choice}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="begin">
        {!paired && <p className="note not-recorded">{t(lang, 'pairing.tryNote')}</p>}
        {vrSupported ? (
          <>
            <button className="big primary" onClick={() => onBegin(true)} data-testid="enter-vr">
              {t(lang, 'app.enterVr')}
            </button>
            <button className="big" onClick={() => onBegin(false)} data-testid="enter-2d">
              {t(lang, 'app.enter2d')}
            </button>
          </>
        ) : (
          <>
            <button className="big primary" onClick={() => onBegin(false)} data-testid="enter-2d">
              {t(lang, 'app.enterVr')}
            </button>
            <p className="note">{t(lang, 'app.noVr')}</p>
          </>
        )}
      </div>
    </main>
  );
}
