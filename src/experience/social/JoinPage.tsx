import { useState, type FormEvent } from 'react';
import type { Lang } from '../../core/i18n/catalogue.ts';
import { CY_REVIEWED, LANGS, t } from '../../core/i18n/catalogue.ts';
import type { JoinAnswer } from '../../core/schemas/social.ts';
import { AVATAR_COLOURS, type AvatarColour } from '../../core/social/room.ts';
import { normaliseInviteCode, formatInviteCode } from '../../core/social/invites.ts';
import type { JoinDetails } from './socialClient.ts';
import { SocialApp } from './SocialApp.tsx';

const STORED = 'hafan.social.guest';

/**
 * The family's page: a phone-friendly form (code from the link, their name) that swaps the
 * invitation for a guest pass, then the room in 2D. No account; the pass lasts as long as the
 * invitation and is kept in this tab only.
 */
export function JoinPage() {
  const fromLink = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  const [lang, setLang] = useState<Lang>(navigator.language.startsWith('cy') ? 'cy' : 'en');
  const [code, setCode] = useState(fromLink);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [join, setJoin] = useState<JoinDetails | null>(() => {
    const kept = sessionStorage.getItem(STORED);
    return kept ? (JSON.parse(kept) as JoinDetails) : null;
  });

  if (join) return <SocialApp join={join} lang={lang} autoStart2d />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const canonical = normaliseInviteCode(code);
    if (!canonical) return setError(t(lang, 'social.join.badCode'));
    setBusy(true);
    setError(null);
    try {
      const r = await fetch('/api/social/join', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: formatInviteCode(canonical), name: name.trim() }),
      });
      if (!r.ok) {
        const key =
          r.status === 404
            ? 'social.join.badCode'
            : r.status === 410
              ? ((await r.json()) as { error: string }).error === 'invite_room_ended'
                ? 'social.join.finished'
                : 'social.join.expired'
              : r.status === 429
                ? 'social.join.tooMany'
                : 'social.join.failed';
        return setError(t(lang, key));
      }
      const answer = (await r.json()) as JoinAnswer;
      const colour: AvatarColour =
        AVATAR_COLOURS[Math.floor(Math.random() * AVATAR_COLOURS.length)]!;
      const details: JoinDetails = {
        roomId: answer.roomId,
        name: name.trim(),
        colour,
        token: answer.token,
      };
      sessionStorage.setItem(STORED, JSON.stringify(details));
      setJoin(details);
    } catch {
      setError(t(lang, 'social.join.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="panel" lang={lang}>
      <h1>{t(lang, 'social.join.title')}</h1>
      {lang === 'cy' && !CY_REVIEWED && <p className="note">{t(lang, 'app.draft')}</p>}
      <form className="join-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="join-code">{t(lang, 'social.join.code')}</label>
        <input
          id="join-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="join-code-help"
          required
        />
        <p className="note" id="join-code-help">
          {t(lang, 'social.join.codeHelp')}
        </p>
        <label htmlFor="join-name">{t(lang, 'social.join.name')}</label>
        <input
          id="join-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={24}
          autoComplete="given-name"
          required
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="choices choices--menu">
          <button className="big primary" type="submit" disabled={busy}>
            {t(lang, 'social.join.button')}
          </button>
        </div>
      </form>
      <p className="note">
        {LANGS.map((l) => (
          <button
            key={l}
            className="link"
            type="button"
            aria-pressed={l === lang}
            onClick={() => setLang(l)}
          >
            {t(l, `lang.${l}`)}
          </button>
        ))}
      </p>
    </main>
  );
}
