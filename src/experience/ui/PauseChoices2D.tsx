import { CAPTION_SIZES } from '../session/sessionStore.ts';
import { VOLUME_CHANNELS, type VolumeChannel } from '../../core/comfort/deviceSettings.ts';
import { t, type Lang, type MessageKey } from '../../core/i18n/catalogue.ts';
import { callStaff, resumeByResident } from '../session/pauseActions.ts';
import {
  cycleDim,
  requestLeave,
  requestRecentre,
  setCaptionSize,
  stepChannelVolume,
  switchLanguage,
  useSession,
} from '../session/sessionStore.ts';

const CHANNEL_LABEL: Record<VolumeChannel, MessageKey> = {
  narration: 'menu.voice',
  ambience: 'menu.sounds',
  tones: 'menu.tones',
};

/**
 * The pause menu's choices on a flat screen: the same as in the headset, as large buttons that
 * work with touch, mouse and keyboard (Tab and Enter), and state that screen readers announce.
 */
export function PauseChoices2D() {
  const lang = useSession((s) => s.config.language);
  const staffCalled = useSession((s) => s.staffCalled);
  const captionSize = useSession((s) => s.captionSize);
  const volume = useSession((s) => s.volume);
  const dim = useSession((s) => s.dim);
  const other: Lang = lang === 'en' ? 'cy' : 'en';
  return (
    <>
      <div className="choices choices--menu">
        <button className="big primary" onClick={resumeByResident} autoFocus>
          {t(lang, 'menu.resume')}
        </button>
        <button className="big" onClick={() => requestLeave('exited_by_resident')}>
          {t(lang, 'app.leave')}
        </button>
        <button className="big" onClick={callStaff} disabled={staffCalled}>
          {t(lang, 'menu.callStaff')}
        </button>
      </div>
      <div className="choices choices--menu">
        <button className="choice" onClick={requestRecentre}>
          {t(lang, 'menu.recentre')}
        </button>
        <button className="choice" onClick={cycleDim} aria-pressed={dim > 0}>
          {dim > 0 ? t(lang, 'menu.dimLevel', { n: dim }) : t(lang, 'menu.dim')}
        </button>
        <button className="choice" lang={other} onClick={() => switchLanguage(other)}>
          {t(other, `lang.${other}`)}
        </button>
      </div>
      <fieldset className="menu-group">
        <legend>{t(lang, 'menu.captions')}</legend>
        <div className="choices choices--menu">
          {CAPTION_SIZES.map((size) => (
            <button
              key={size}
              className="choice"
              aria-pressed={captionSize === size}
              onClick={() => setCaptionSize(size)}
            >
              {t(lang, `caption.${size}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="menu-group">
        <legend>{t(lang, 'menu.volume')}</legend>
        {VOLUME_CHANNELS.map((channel) => {
          const name = t(lang, CHANNEL_LABEL[channel]);
          const level = t(lang, 'menu.level', { n: Math.round(volume[channel] * 100) });
          return (
            <div key={channel} className="volume-row" role="group" aria-label={name}>
              <span className="volume-name">{name}</span>
              <button
                className="choice"
                onClick={() => stepChannelVolume(channel, -1)}
                disabled={volume[channel] <= 0}
                aria-label={`${name}: ${t(lang, 'menu.quieter')}`}
              >
                {t(lang, 'menu.quieter')}
              </button>
              <output className="volume-level" aria-live="polite" data-testid={`volume-${channel}`}>
                {level}
              </output>
              <button
                className="choice"
                onClick={() => stepChannelVolume(channel, 1)}
                disabled={volume[channel] >= 1}
                aria-label={`${name}: ${t(lang, 'menu.louder')}`}
              >
                {t(lang, 'menu.louder')}
              </button>
            </div>
          );
        })}
      </fieldset>
    </>
  );
}
