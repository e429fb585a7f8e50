import { useId, useState } from 'react';
import { NOTE_TEXT_MAX, OBSERVATIONS, type Observation } from '../../core/schemas/sessionNotes.ts';
import { useSaveOnce } from './useSaveOnce.ts';

const LABELS: Record<Observation, string> = {
  enjoyed: 'Enjoyed it',
  calm: 'Calm',
  distressed: 'Distressed',
  asleep: 'Fell asleep',
  sickness: 'Dizzy or sick',
  other: 'Other (say what)',
};

/** Staff notes on a session: one tap per thing seen, and an optional short text. */
export function SessionNotesForm({
  sessionId,
  onSaved,
}: {
  sessionId: string;
  onSaved?: () => void;
}) {
  const headingId = useId();
  const textId = useId();
  const [chosen, setChosen] = useState<Observation[]>([]);
  const [text, setText] = useState('');
  const { state, save } = useSaveOnce<{ observations: Observation[]; text: string }>(
    `/api/sessions/${encodeURIComponent(sessionId)}/notes`,
    (id, at, p) => ({ id, notedAt: at, ...p }),
  );
  const trimmed = text.trim();
  const needsText = chosen.includes('other') && trimmed === '';
  const empty = chosen.length === 0 && trimmed === '';
  const saved = state.kind === 'saved';
  const toggle = (o: Observation) =>
    setChosen((prev) => (prev.includes(o) ? prev.filter((x) => x !== o) : [...prev, o]));

  return (
    <form
      className="staff-measure"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        if (empty || needsText || saved) return;
        // In the fixed order of the list, so the same note is always the same payload.
        const observations = OBSERVATIONS.filter((o) => chosen.includes(o));
        void save({ observations, text: trimmed }).then(() => onSaved?.());
      }}
    >
      <h3 id={headingId}>Session notes</h3>
      <fieldset className="staff-measure__item" disabled={saved || state.kind === 'saving'}>
        <legend>What did you notice?</legend>
        <div className="staff-measure__options">
          {OBSERVATIONS.map((o) => (
            <label key={o} className="staff-measure__option">
              <input type="checkbox" checked={chosen.includes(o)} onChange={() => toggle(o)} />
              <span>{LABELS[o]}</span>
            </label>
          ))}
        </div>
        <label htmlFor={textId} className="staff-measure__text-label">
          Short note {chosen.includes('other') ? '(needed for “other”)' : '(optional)'}
        </label>
        <textarea
          id={textId}
          className="staff-measure__text"
          value={text}
          maxLength={NOTE_TEXT_MAX}
          rows={3}
          aria-describedby={`${textId}-count`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${textId}-count`} className="hint">
          {text.length} of {NOTE_TEXT_MAX} characters. No names or medical details: use the
          resident’s code.
        </p>
      </fieldset>
      <div className="staff-measure__actions">
        <button
          type="submit"
          className="primary"
          disabled={empty || needsText || saved || state.kind === 'saving'}
        >
          {saved ? 'Saved' : state.kind === 'saving' ? 'Saving…' : 'Save notes'}
        </button>
        <p role="status" className="staff-measure__status">
          {saved ? 'Notes saved.' : needsText ? 'Say briefly what “other” was.' : ''}
        </p>
        {state.kind === 'error' && (
          <p role="alert" className="staff-measure__error">
            Not saved: {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
