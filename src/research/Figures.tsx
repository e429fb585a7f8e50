import type { DashboardSummary, ResearchOptions } from '../core/export/summary.ts';
import { BarChart, type Bar } from './BarChart.tsx';
import { ChangePlot } from './ChangePlot.tsx';
import { FigureTable, type FigureColumn } from './FigureTable.tsx';
import {
  END_REASON_NAMES,
  SICKNESS_NAMES,
  duration,
  percent,
  sceneName,
  signed,
} from './labels.ts';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{value}</span>
        {note && <span className="stat-note">{note}</span>}
      </dd>
    </div>
  );
}

export function Exclusions({ x }: { x: DashboardSummary['excluded'] }) {
  const people = x.consentNo + x.consentWithdrawn + x.erased;
  return (
    <p className="note">
      Only residents who consented to research are included. Left out:{' '}
      {people === 1 ? '1 resident' : `${people} residents`} ({x.consentNo} without consent,{' '}
      {x.consentWithdrawn} withdrawn, {x.erased} erased) and {x.sessionsWithoutResident}{' '}
      {x.sessionsWithoutResident === 1 ? 'session' : 'sessions'} with no resident recorded.
    </p>
  );
}

const CHANGE_COLUMNS: FigureColumn[] = [
  { name: 'Instrument' },
  { name: 'Scene' },
  { name: 'n', num: true },
  { name: 'Before', num: true },
  { name: 'After', num: true },
  { name: 'Change', num: true },
  { name: '95% CI', num: true },
];

/** A bar chart of counts in a card, with the table of counts and shares under it. */
function BarCard(p: {
  id: string;
  heading: string;
  hint?: string;
  empty: string;
  chartTitle: string;
  caption: string;
  /** The category column's and the count column's names. */
  columns: [string, string];
  /** What the shares are of. */
  total: number;
  bars: (Bar & { key: string })[];
}) {
  return (
    <section aria-labelledby={p.id} className="card">
      <h2 id={p.id}>{p.heading}</h2>
      {p.hint && <p className="hint">{p.hint}</p>}
      {p.bars.length === 0 || p.total === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <>
          <BarChart title={p.chartTitle} bars={p.bars} />
          <FigureTable
            caption={p.caption}
            columns={[{ name: p.columns[0] }, { name: p.columns[1], num: true }, SHARE]}
            rows={p.bars.map((b) => ({
              key: b.key,
              cells: [b.label, b.value, percent(b.value, p.total)],
            }))}
          />
        </>
      )}
    </section>
  );
}
const SHARE: FigureColumn = { name: 'Share', num: true };

export function Figures({ s, options }: { s: DashboardSummary; options: ResearchOptions }) {
  const titles = Object.fromEntries(options.instruments.map((i) => [i.id, i.title]));
  const early = s.endReasons
    .filter((r) => r.reason !== 'completed')
    .reduce((a, r) => a + r.count, 0);
  const sickTotal = s.sickness.reduce((a, r) => a + r.count, 0);
  const sickAny = s.sickness.filter((r) => r.value > 0).reduce((a, r) => a + r.count, 0);
  return (
    <>
      <section aria-labelledby="h-overview">
        <h2 id="h-overview">Sessions</h2>
        <dl className="stats">
          <Stat label="Sessions run" value={String(s.sessions.run)} />
          <Stat
            label="Completed"
            value={String(s.sessions.completed)}
            note={percent(s.sessions.completed, s.sessions.run)}
          />
          <Stat
            label="Median length"
            value={duration(s.sessions.medianLengthS)}
            note={`of ${s.sessions.ended} ended`}
          />
          <Stat label="Not completed" value={String(early)} note={percent(early, s.sessions.run)} />
          <Stat
            label="Felt unwell after"
            value={String(sickAny)}
            note={`of ${sickTotal} comfort checks`}
          />
        </dl>
        <Exclusions x={s.excluded} />
      </section>

      <div className="two-up">
        <BarCard
          id="h-ends"
          heading="How sessions ended"
          empty="No sessions match these filters."
          chartTitle="Sessions by how they ended"
          caption="Sessions by how they ended"
          columns={['Ending', 'Sessions']}
          total={s.sessions.run}
          bars={s.endReasons.map((r) => ({
            key: r.reason,
            label: END_REASON_NAMES[r.reason] ?? r.reason,
            value: r.count,
            tone: r.reason === 'completed' ? 'calm' : 'warn',
          }))}
        />
        <BarCard
          id="h-sick"
          heading="Sickness reports"
          hint="“Do you feel any dizziness, sickness or headache?” after the session."
          empty="No comfort checks match these filters."
          chartTitle="Comfort check answers after sessions"
          caption="Comfort check answers"
          columns={['Answer', 'Checks']}
          total={sickTotal}
          bars={s.sickness.map((r) => ({
            key: String(r.value),
            label: SICKNESS_NAMES[r.value] ?? String(r.value),
            value: r.count,
            tone: r.value === 0 ? 'calm' : 'warn',
          }))}
        />
      </div>

      <section aria-labelledby="h-change" className="card">
        <h2 id="h-change">Change from before to after a session</h2>
        <p className="hint">
          Paired within each session: the score after minus the score before, for sessions with
          both. Right of the dashed line the score rose; for mood that is better, for tension (SUDS)
          worse. Lines are 95% confidence intervals (Student’s t); none is drawn for fewer than 2
          pairs.
        </p>
        {s.changes.length === 0 ? (
          <p>No sessions with a measure before and after match these filters.</p>
        ) : (
          <>
            <ChangePlot rows={s.changes} titles={titles} />
            <FigureTable
              caption="Mean change from before to after, by instrument and scene"
              columns={CHANGE_COLUMNS}
              rows={s.changes.map((r) => ({
                key: `${r.instrument}-${r.scene}`,
                cells: [
                  titles[r.instrument] ?? r.instrument,
                  sceneName(r.scene),
                  r.n,
                  r.preMean?.toFixed(2) ?? '–',
                  r.postMean?.toFixed(2) ?? '–',
                  signed(r.mean),
                  r.ciLow === null || r.ciHigh === null
                    ? '–'
                    : `${signed(r.ciLow)} to ${signed(r.ciHigh)}`,
                ],
              }))}
            />
          </>
        )}
      </section>
    </>
  );
}
