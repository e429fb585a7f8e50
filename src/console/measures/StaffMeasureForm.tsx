import { useId, useState } from 'react';
import { CY_REVIEWED, type Lang } from '../../core/i18n/catalogue.ts';
import type {
  InstrumentDefinition,
  InstrumentItem,
  Timing,
} from '../../core/instruments/schema.ts';
import type { Answer } from '../../core/instruments/scoring.ts';
import { useSaveOnce } from './useSaveOnce.ts';

/** What staff chose for one item: a value, "prefer not to say", or "no answer". */
type Choice = { value: number } | 'declined' | 'no_answer';

export interface StaffMeasureFormProps {
  sessionId: string;
  instrument: InstrumentDefinition;
  timing: Timing;
  /** The resident's language: staff read the questions aloud as written. */
  language: Lang;
  onSaved?: () => void;
}

const TIMING_LABEL: Record<Timing, string> = {
  pre: 'before the session',
  post: 'after the session',
  baseline: 'baseline',
  follow_up: 'follow-up',
};

function toAnswer(linkId: string, c: Choice): Answer {
  if (c === 'declined') return { linkId, declined: true };
  if (c === 'no_answer') return { linkId, timedOut: true };
  return { linkId, value: c.value };
}

/**
 * A measure answered on the resident's behalf (respondent = staff), for residents who cannot use
 * the headset's input: every item as a group of large radio buttons, keyboard and screen-reader
 * friendly, saved once by id.
 */
export function StaffMeasureForm({
  sessionId,
  instrument,
  timing,
  language,
  onSaved,
}: StaffMeasureFormProps) {
  const headingId = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const { state, save } = useSaveOnce<Answer[]>('/api/measures', (id, at, answers) => ({
    id,
    sessionId,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    timing,
    respondent: 'staff',
    answers,
    answeredAt: at,
  }));
  const missing = instrument.items.filter((i) => !(i.linkId in choices)).length;
  const saved = state.kind === 'saved';

  const submit = async () => {
    await save(instrument.items.map((i) => toAnswer(i.linkId, choices[i.linkId]!)));
  };

  return (
    <form
      className="staff-measure"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        if (missing === 0 && !saved) void submit().then(() => onSaved?.());
      }}
    >
      <h3 id={headingId}>
        {instrument.title.en}{' '}
        <span className="staff-measure__timing">({TIMING_LABEL[timing]})</span>
      </h3>
      {language === 'cy' && !CY_REVIEWED && (
        <p className="hint">Welsh wording is a draft translation.</p>
      )}
      <fieldset disabled={saved || state.kind === 'saving'}>
        {instrument.items.map((item) => (
          <ItemField
            key={item.linkId}
            item={item}
            language={language}
            choice={choices[item.linkId]}
            onChoose={(c) => setChoices((prev) => ({ ...prev, [item.linkId]: c }))}
          />
        ))}
      </fieldset>
      <div className="staff-measure__actions">
        <button
          type="submit"
          className="primary"
          disabled={missing > 0 || saved || state.kind === 'saving'}
        >
          {saved
            ? 'Saved'
            : state.kind === 'saving'
              ? 'Saving…'
              : `Save ${instrument.title.en.toLowerCase()}`}
        </button>
        <p role="status" className="staff-measure__status">
          {saved
            ? 'Saved, recorded as answered by staff.'
            : missing > 0
              ? `${missing} ${missing === 1 ? 'question needs' : 'questions need'} a choice (“prefer not to say” and “no answer” count).`
              : ''}
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

function ItemField({
  item,
  language,
  choice,
  onChoose,
}: {
  item: InstrumentItem;
  language: Lang;
  choice: Choice | undefined;
  onChoose: (c: Choice) => void;
}) {
  const name = useId();
  const r = item.response;
  const options: { key: string; label: string; choice: Choice }[] =
    r.kind === 'choice'
      ? r.options.map((o) => ({
          key: o.code,
          label: o.label[language],
          choice: { value: o.value },
        }))
      : Array.from({ length: r.max - r.min + 1 }, (_, i) => {
          const v = r.min + i;
          const end =
            v === r.min
              ? ` – ${r.minLabel[language]}`
              : v === r.max
                ? ` – ${r.maxLabel[language]}`
                : '';
          return { key: String(v), label: `${v}${end}`, choice: { value: v } };
        });
  const extra: { key: string; label: string; choice: Choice }[] = [
    { key: 'declined', label: 'Prefer not to say', choice: 'declined' },
    { key: 'no_answer', label: 'No answer', choice: 'no_answer' },
  ];
  const same = (a: Choice | undefined, b: Choice) =>
    a !== undefined &&
    (typeof a === 'string' || typeof b === 'string' ? a === b : a.value === b.value);
  return (
    <fieldset className="staff-measure__item">
      <legend lang={language}>{item.text[language]}</legend>
      <div
        className={
          r.kind === 'scale'
            ? 'staff-measure__options staff-measure__options--scale'
            : 'staff-measure__options'
        }
      >
        {[...options, ...extra].map((o) => (
          <label
            key={o.key}
            className={
              typeof o.choice === 'string'
                ? 'staff-measure__option staff-measure__option--aside'
                : 'staff-measure__option'
            }
          >
            <input
              type="radio"
              name={name}
              checked={same(choice, o.choice)}
              onChange={() => onChoose(o.choice)}
            />
            <span lang={typeof o.choice === 'string' ? 'en' : language}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
