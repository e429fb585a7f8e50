import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CY_REVIEWED, t, type Lang } from '../../core/i18n/catalogue.ts';
import type { InstrumentItem } from '../../core/instruments/schema.ts';
import { currentQuestion, type Question } from '../../core/measures/run.ts';
import { useSession } from '../session/sessionStore.ts';
import { respond, useMeasures } from './measureStore.ts';
import { MoodFaceSvg, ThermometerSvg } from './Pictograms2D.tsx';
import { isThermometer } from './pictograms.ts';
import { speak } from './speech.ts';
import './measures.css';

/**
 * Measures on the flat screen: in 2D the whole question with large answers for touch and
 * keyboard; in the headset only a live region for screen readers. Either way the question is read
 * aloud where the browser has a voice.
 */
export default function MeasureOverlay() {
  const stage = useSession((s) => s.stage);
  const paused = useSession((s) => s.paused);
  const mode = useSession((s) => s.mode);
  const lang = useSession((s) => s.config.language);
  const run = useMeasures((s) => s.run);
  const q = run ? currentQuestion(run) : null;
  if (!q || paused || stage !== 'running') return null;
  const key = `${q.def.id}:${q.timing}:${q.item.linkId}`;
  return mode === '2d' ? (
    <QuestionPanel key={key} question={q} lang={lang} />
  ) : (
    <Spoken key={key} question={q} lang={lang} />
  );
}

function spokenText(q: Question, lang: Lang): string {
  const r = q.item.response;
  const answers =
    r.kind === 'choice'
      ? r.options.map((o) => o.label[lang]).join(', ')
      : `${r.min}, ${r.minLabel[lang]}; ${r.max}, ${r.maxLabel[lang]}`;
  return `${q.item.text[lang]} ${answers}.`;
}

function Spoken({ question, lang }: { question: Question; lang: Lang }) {
  const spoken = spokenText(question, lang);
  useEffect(() => speak(spoken, lang), [spoken, lang]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="measure-question">
      {question.item.text[lang]}
    </p>
  );
}

function QuestionPanel({ question, lang }: { question: Question; lang: Lang }) {
  const { item, itemNumber, itemCount } = question;
  const spoken = spokenText(question, lang);
  useEffect(() => speak(spoken, lang), [spoken, lang]);
  const answers = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Each new question takes the keyboard focus to its first answer.
    answers.current?.querySelector('button')?.focus();
  }, []);
  return (
    <section
      className="panel panel--centre measure-panel"
      aria-labelledby="measure-question"
      data-testid="measure-panel"
      lang={lang}
    >
      <p className="measure-meta">
        {itemCount > 1 ? t(lang, 'measure.progress', { n: itemNumber, total: itemCount }) : ''}
        {lang === 'cy' && !CY_REVIEWED && <span className="draft">{t(lang, 'app.draft')}</span>}
      </p>
      <h2 id="measure-question" data-testid="measure-question">
        {item.text[lang]}
      </h2>
      <p className="note">{t(lang, 'measure.noRush')}</p>
      <div ref={answers} onKeyDown={moveFocus}>
        <Answers item={item} instrumentId={question.def.id} lang={lang} />
        <button className="choice measure-decline" onClick={() => respond({ declined: true })}>
          {t(lang, 'measure.preferNot')}
        </button>
      </div>
    </section>
  );
}

/** Arrow keys move between answers (Tab works too). */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  if (!step) return;
  const buttons = [...e.currentTarget.querySelectorAll('button')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[(i + step + buttons.length) % buttons.length];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function Answers({
  item,
  instrumentId,
  lang,
}: {
  item: InstrumentItem;
  instrumentId: string;
  lang: Lang;
}) {
  const r = item.response;
  if (r.kind === 'choice') {
    return (
      <div className="measure-options" role="group" aria-labelledby="measure-question">
        {r.options.map((o) => (
          <button
            key={o.code}
            className="measure-option"
            onClick={() => respond({ value: o.value })}
            data-testid={`measure-option-${o.code}`}
          >
            {o.pictogram && <MoodFaceSvg pictogram={o.pictogram} />}
            <span>{o.label[lang]}</span>
          </button>
        ))}
      </div>
    );
  }
  const values = Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i);
  return (
    <div className="measure-scale">
      {isThermometer(instrumentId) && <ThermometerSvg />}
      <div className="measure-numbers" role="group" aria-labelledby="measure-question">
        {values.map((v) => (
          <button
            key={v}
            className="measure-number"
            onClick={() => respond({ value: v })}
            aria-label={
              v === r.min
                ? `${v}, ${r.minLabel[lang]}`
                : v === r.max
                  ? `${v}, ${r.maxLabel[lang]}`
                  : String(v)
            }
            data-testid={`measure-value-${v}`}
          >
            {v}
          </button>
        ))}
      </div>
      <div className="measure-ends" aria-hidden="true">
        <span>{r.minLabel[lang]}</span>
        <span>{r.maxLabel[lang]}</span>
      </div>
    </div>
  );
}
