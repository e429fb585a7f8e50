import { availableCommands } from '../../core/protocol/headsetMachine.ts';
import { EXTEND_MINUTES } from '../../core/protocol/messages.ts';
import { t } from '../../core/i18n/catalogue.ts';
import { findScene } from '../../experience/scenes/registry.ts';
import { openMirror, sendCommand, useConsoleHub } from './consoleHub.ts';
import { clockText, recordPath, stateText, stepText, unsentText } from './format.ts';
import { useResidentName } from './residentNames.ts';

/** One headset: live status, the resident's call, and the controls staff may use now. */
export function HeadsetCard({ headsetId }: { headsetId: string }) {
  const h = useConsoleHub((s) => s.headsets[headsetId]);
  const called = useConsoleHub((s) => s.calls[headsetId] !== undefined);
  const mirrorOpen = useConsoleHub((s) => s.mirror === headsetId);
  const notice = useConsoleHub((s) => (s.notice?.headsetId === headsetId ? s.notice.text : null));
  const lastSession = useConsoleHub((s) => s.lastSession[headsetId] ?? null);
  const s = h?.status ?? null;
  const resident = useResidentName(s?.state === 'idle' ? null : (s?.residentId ?? null));
  if (!h) return null;
  const can = availableCommands(s, h.online);
  const titleId = `hs-${headsetId}`;
  const scene = s?.scene ? findScene(s.scene) : undefined;
  const live = s?.state === 'in_session';
  return (
    <article
      className={`headset-card${called ? ' headset-card--call' : ''}${h.online ? '' : ' headset-card--offline'}`}
      aria-labelledby={titleId}
      data-testid="headset-card"
      data-headset={headsetId}
    >
      <header className="headset-card__head">
        <h3 id={titleId}>{h.name}</h3>
        <span className={`pill ${h.online ? 'pill--online' : 'pill--offline'}`}>
          {h.online ? 'Online' : 'Offline'}
        </span>
      </header>
      {called && (
        <div className="call-badge" role="alert">
          <strong>The resident is asking for staff.</strong>
          <button
            type="button"
            onClick={() => void sendCommand(headsetId, { kind: 'acknowledge_call' })}
            disabled={!can.acknowledge_call}
          >
            I’m on my way
          </button>
        </div>
      )}
      <p className="headset-card__state" data-testid="headset-state">
        {stateText(h)}
      </p>
      {s && (s.state !== 'idle' || !h.online) && (
        <dl className="facts">
          <div>
            <dt>Resident</dt>
            <dd data-testid="headset-resident">
              {s.residentId ? (resident ?? 'Resident') : 'Guest, not recorded'}
            </dd>
          </div>
          <div>
            <dt>Scene</dt>
            <dd>{scene ? t('en', scene.manifest.titleKey) : (s.scene ?? '–')}</dd>
          </div>
          <div>
            <dt>Phase</dt>
            <dd data-testid="headset-phase">{stepText(s)}</dd>
          </div>
          <div>
            <dt>Elapsed</dt>
            <dd data-testid="headset-elapsed">{clockText(s.elapsedMs)}</dd>
          </div>
          <div>
            <dt>Remaining</dt>
            <dd data-testid="headset-remaining">{clockText(s.remainingMs)}</dd>
          </div>
          <div>
            <dt>Language</dt>
            <dd>{s.language === 'cy' ? 'Cymraeg' : 'English'}</dd>
          </div>
          {s.groupId && (
            <div>
              <dt>Group</dt>
              <dd>Breathing together</dd>
            </div>
          )}
        </dl>
      )}
      {live && (
        <p className="last-caption" data-testid="headset-caption">
          <span className="label">Last caption: </span>
          {s.lastCaption ? <q>{s.lastCaption}</q> : '–'}
        </p>
      )}
      {s && <p className="unsent">{unsentText(s.unsentLogItems)}</p>}
      {lastSession && !live && (
        <p className="after-session">
          <a href={recordPath(lastSession)} data-testid="record-last">
            Record measures and notes for the last session
          </a>
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="controls" role="group" aria-label={`Controls for ${h.name}`}>
        {s?.paused ? (
          <button
            type="button"
            disabled={!can.resume}
            onClick={() => void sendCommand(headsetId, { kind: 'resume' })}
          >
            Resume
          </button>
        ) : (
          <button
            type="button"
            disabled={!can.pause}
            onClick={() => void sendCommand(headsetId, { kind: 'pause' })}
          >
            Pause
          </button>
        )}
        <button
          type="button"
          disabled={!can.extend}
          onClick={() => void sendCommand(headsetId, { kind: 'extend', minutes: EXTEND_MINUTES })}
        >
          +{EXTEND_MINUTES} min
        </button>
        <button
          type="button"
          className="danger"
          disabled={!can.end}
          onClick={() => void sendCommand(headsetId, { kind: 'end' })}
        >
          {s?.state === 'ready' ? 'Cancel' : 'End now'}
        </button>
        <button
          type="button"
          aria-pressed={mirrorOpen}
          disabled={!live && !mirrorOpen}
          onClick={() => openMirror(mirrorOpen ? null : headsetId)}
        >
          {mirrorOpen ? 'Hide mirror' : 'Show mirror'}
        </button>
      </div>
    </article>
  );
}
