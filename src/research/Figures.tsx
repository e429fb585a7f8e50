import type { DashboardSummary, ResearchOptions } from '../core/export/summary.ts';
import { BarChart } from './BarChart.tsx';
import { ChangePlot } from './ChangePlot.tsx';
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
        <section aria-labelledby="h-ends" className="card">
          <h2 id="h-ends">How sessions ended</h2>
          {s.endReasons.length === 0 ? (
            <p>No sessions match these filters.</p>
          ) : (
            <>
              <BarChart
                title="Sessions by how they ended"
                bars={s.endReasons.map((r) => ({
                  label: END_REASON_NAMES[r.reason] ?? r.reason,
                  value: r.count,
                  tone: r.reason === 'completed' ? 'calm' : 'warn',
                }))}
              />
              <table>
                <caption className="visually-hidden">Sessions by how they ended</caption>
                <thead>
                  <tr>
                    <th scope="col">Ending</th>
                    <th scope="col" className="num">
                      Sessions
                    </th>
                    <th scope="col" className="num">
                      Share
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.endReasons.map((r) => (
                    <tr key={r.reason}>
                      <td>{END_REASON_NAMES[r.reason] ?? r.reason}</td>
                      <td className="num">{r.count}</td>
                      <td className="num">{percent(r.count, s.sessions.run)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>

        <section aria-labelledby="h-sick" className="card">
          <h2 id="h-sick">Sickness reports</h2>
          <p className="hint">
            “Do you feel any dizziness, sickness or headache?” after the session.
          </p>
          {sickTotal === 0 ? (
            <p>No comfort checks match these filters.</p>
          ) : (
            <>
              <BarChart
                title="Comfort check answers after sessions"
                bars={s.sickness.map((r) => ({
                  label: SICKNESS_NAMES[r.value] ?? String(r.value),
                  value: r.count,
                  tone: r.value === 0 ? 'calm' : 'warn',
                }))}
              />
              <table>
                <caption className="visually-hidden">Comfort check answers</caption>
                <thead>
                  <tr>
                    <th scope="col">Answer</th>
                    <th scope="col" className="num">
                      Checks
                    </th>
                    <th scope="col" className="num">
                      Share
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.sickness.map((r) => (
                    <tr key={r.value}>
                      <td>{SICKNESS_NAMES[r.value] ?? r.value}</td>
                      <td className="num">{r.count}</td>
                      <td className="num">{percent(r.count, sickTotal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
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
            <table>
              <caption className="visually-hidden">
                Mean change from before to after, by instrument and scene
              </caption>
              <thead>
                <tr>
                  <th scope="col">Instrument</th>
                  <th scope="col">Scene</th>
                  <th scope="col" className="num">
                    n
                  </th>
                  <th scope="col" className="num">
                    Before
                  </th>
                  <th scope="col" className="num">
                    After
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                  <th scope="col" className="num">
                    95% CI
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.changes.map((r) => (
                  <tr key={`${r.instrument}-${r.scene}`}>
                    <td>{titles[r.instrument] ?? r.instrument}</td>
                    <td>{sceneName(r.scene)}</td>
                    <td className="num">{r.n}</td>
                    <td className="num">{r.preMean?.toFixed(2) ?? '–'}</td>
                    <td className="num">{r.postMean?.toFixed(2) ?? '–'}</td>
                    <td className="num">{signed(r.mean)}</td>
                    <td className="num">
                      {r.ciLow === null || r.ciHigh === null
                        ? '–'
                        : `${signed(r.ciLow)} to ${signed(r.ciHigh)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
