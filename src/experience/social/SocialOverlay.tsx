import type { Lang } from '../../core/i18n/catalogue.ts';
import { CY_REVIEWED, t } from '../../core/i18n/catalogue.ts';
import { AVATAR_HEX } from './colours.ts';
import type { SocialClient } from './socialClient.ts';
import { myMember, useSocial } from './socialStore.ts';

/**
 * The flat-screen parts of a room: Begin, the waiting room, who is present, and large buttons to
 * mute, release a lantern and leave. In a headset the same choices are the controller buttons.
 */
export function SocialOverlay({
  lang,
  started,
  vrSupported,
  onBegin,
  onLeave,
  client,
  returning = false,
  asking = false,
}: {
  lang: Lang;
  started: boolean;
  vrSupported: boolean;
  onBegin: (vr: boolean) => void;
  onLeave: () => void;
  client: SocialClient;
  /** A headset staff sent here: it goes back to its start screen after the room. */
  returning?: boolean;
  /** Questions before or after the room are on screen: only Leave (which skips them) stays. */
  asking?: boolean;
}) {
  const phase = useSocial((s) => s.phase);
  const room = useSocial((s) => s.room);
  const me = useSocial((s) => myMember(s));
  const mic = useSocial((s) => s.mic);
  const message = useSocial((s) => s.message);
  const draft = lang === 'cy' && !CY_REVIEWED;

  if (!started) {
    return (
      <main className="panel panel--centre" lang={lang}>
        <h1>{t(lang, 'social.welcome')}</h1>
        {draft && <p className="note">{t(lang, 'app.draft')}</p>}
        <div className="choices choices--menu">
          {vrSupported && (
            <button className="big primary" onClick={() => onBegin(true)} data-testid="join-vr">
              {t(lang, 'social.begin')}
            </button>
          )}
          <button className={vrSupported ? 'big' : 'big primary'} onClick={() => onBegin(false)}>
            {t(lang, 'social.begin2d')}
          </button>
        </div>
      </main>
    );
  }
  if (asking) {
    return (
      <div className="social-chrome" lang={lang}>
        <div className="session-buttons">
          <button className="big leave" onClick={onLeave}>
            {t(lang, 'social.leave')}
          </button>
        </div>
      </div>
    );
  }
  if (phase === 'ended' || phase === 'removed' || phase === 'refused') {
    const text =
      phase === 'removed'
        ? t(lang, 'social.removed')
        : phase === 'refused'
          ? (message ?? '')
          : t(lang, 'social.ended');
    return (
      <main className="panel panel--centre" lang={lang} data-testid="social-finished">
        <h1>{t(lang, 'social.goodbye')}</h1>
        <p>{text}</p>
        {returning && <p className="note">{t(lang, 'social.vr.goHome')}</p>}
      </main>
    );
  }

  const present = room?.members.filter((m) => m.status === 'admitted') ?? [];
  const waiting = room?.members.filter((m) => m.status === 'waiting') ?? [];
  const selfMuted = me ? me.muted && !me.mutedByStaff : false;
  const lanterns = room?.activity?.kind === 'lanterns';
  const released = !!me && !!room?.lanterns.includes(me.id);

  return (
    <div className="social-chrome" lang={lang}>
      <section className="social-people" aria-labelledby="people-heading">
        <h2 id="people-heading">{t(lang, 'social.present')}</h2>
        <ul data-testid="present">
          {present.map((m) => (
            <li key={m.id}>
              <span
                className="dot"
                style={{ background: AVATAR_HEX[m.colour] }}
                aria-hidden="true"
              />
              {m.name} {m.id === me?.id && t(lang, 'social.you')}
              {m.muted && <span className="muted-tag"> · {t(lang, 'social.muted')}</span>}
            </li>
          ))}
        </ul>
        {waiting.length > 0 && (
          <>
            <h2>{t(lang, 'social.waitingList')}</h2>
            <ul>
              {waiting.map((m) => (
                <li key={m.id}>{m.name}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {(phase === 'connecting' || phase === 'lost') && (
        <p className="social-status" role="status">
          {t(lang, 'social.connecting')}
        </p>
      )}
      {phase === 'waiting' && (
        <main className="panel panel--centre" data-testid="waiting-room">
          <h1>{t(lang, 'social.waiting')}</h1>
          <p>{t(lang, 'social.waitingHint')}</p>
        </main>
      )}
      {phase === 'seated' && (
        <>
          {me?.mutedByStaff && (
            <p className="social-status" role="status">
              {t(lang, 'social.mutedByStaff')}
            </p>
          )}
          {mic === 'none' && <p className="social-status">{t(lang, 'social.noMic')}</p>}
          {room?.activity?.kind === 'breathing' && (
            <p className="social-status" role="status">
              {t(lang, 'social.breathingSoon')}
            </p>
          )}
        </>
      )}
      <div className="session-buttons">
        {phase === 'seated' && (
          <button
            className="big"
            aria-pressed={selfMuted}
            disabled={me?.mutedByStaff}
            onClick={() => client.send({ t: 'cmd', cmd: { type: 'self_mute', muted: !selfMuted } })}
          >
            {selfMuted ? t(lang, 'social.unmute') : t(lang, 'social.mute')}
          </button>
        )}
        {phase === 'seated' && lanterns && (
          <button
            className="big primary"
            disabled={released}
            onClick={() => client.send({ t: 'cmd', cmd: { type: 'release_lantern' } })}
          >
            {t(lang, 'social.lantern')}
          </button>
        )}
        <button className="big leave" onClick={onLeave}>
          {t(lang, 'social.leave')}
        </button>
      </div>
    </div>
  );
}
