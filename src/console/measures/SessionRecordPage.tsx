import { useEffect, useState } from 'react';
import type { Lang } from '../../core/i18n/catalogue.ts';
import { findInstrument } from '../../core/instruments/registry.ts';
import type { Timing } from '../../core/instruments/schema.ts';
import type { SessionRecord } from '../../core/schemas/session.ts';
import { getJson } from './api.ts';
import { SessionNotesForm } from './SessionNotesForm.tsx';
import { StaffMeasureForm } from './StaffMeasureForm.tsx';
import './measures.css';

/** What staff record after a session by default: mood and the comfort check, both "after". */
export const STAFF_AFTER_SESSION: readonly { instrumentId: string; timing: Timing }[] = [
  { instrumentId: 'mood_faces', timing: 'post' },
  { instrumentId: 'sickness_check', timing: 'post' },
];

/** Measures already stored for the session, so a form is not offered twice. */
interface StoredMeasureSummary {
  instrumentId: string;
  timing: Timing;
  respondent: 'self' | 'staff';
}

/**
 * After a session: the measures staff answer on the resident's behalf, and session notes. The
 * hub's live console embeds the same forms; this page is reachable at
 * /console/sessions/<id>/record.
 */
export function SessionRecordPage({
  sessionId,
  measures = STAFF_AFTER_SESSION,
}: {
  sessionId: string;
  measures?: readonly { instrumentId: string; timing: Timing }[];
}) {
  const [session, setSession] = useState<SessionRecord | null>(null);
  const [stored, setStored] = useState<StoredMeasureSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getJson<SessionRecord>(`/api/sessions/${encodeURIComponent(sessionId)}`).then((r) =>
      r.ok ? setSession(r.body) : setError(r.message),
    );
    void getJson<{ measures: StoredMeasureSummary[] }>(
      `/api/sessions/${encodeURIComponent(sessionId)}/measures`,
    ).then((r) => r.ok && setStored(r.body.measures));
  }, [sessionId]);

  const lang: Lang = session?.language ?? 'en';
  return (
    <main className="page staff-record">
      <header>
        <h1>After the session</h1>
        {session && (
          <p>
            {session.scene} · {session.lengthMin} min · started{' '}
            {new Date(session.startedAt).toLocaleString()}
          </p>
        )}
        {error && <p role="alert">Could not load the session: {error}</p>}
      </header>
      <section aria-labelledby="staff-measures">
        <h2 id="staff-measures">Measures answered with staff help</h2>
        <p className="hint">
          Read each question to the resident as written and record their answer. Use this when the
          resident could not answer in the headset.
        </p>
        {measures.map(({ instrumentId, timing }) => {
          const def = findInstrument(instrumentId);
          if (!def) return null;
          const already = stored.find(
            (m) => m.instrumentId === instrumentId && m.timing === timing,
          );
          return (
            <div key={`${instrumentId}:${timing}`}>
              {already && (
                <p className="hint">
                  Already recorded ({already.respondent === 'self' ? 'by the resident' : 'by staff'}
                  ); a second record is kept beside it.
                </p>
              )}
              <StaffMeasureForm
                sessionId={sessionId}
                instrument={def}
                timing={timing}
                language={lang}
              />
            </div>
          );
        })}
      </section>
      <section aria-labelledby="notes">
        <h2 id="notes" className="visually-hidden">
          Notes
        </h2>
        <SessionNotesForm sessionId={sessionId} />
      </section>
    </main>
  );
}
