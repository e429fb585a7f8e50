import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson } from './api.ts';
import { AuditLog } from './AuditLog.tsx';
import { ErasureForm, RetentionForm, StudyKeys } from './AdminForms.tsx';
import { SignIn } from './SignIn.tsx';

export interface AdminOverview {
  sites: { id: string; name: string }[];
  keys: { id: string; label: string; createdAt: string; retiredAt: string | null }[];
  retention: { eventsDays: number | null; updatedAt: string | null };
}

/**
 * Research administration (admins only): study keys for pseudonyms, retention of raw events,
 * erasure of a resident's data, and the audit log. React DOM only.
 */
export function AdminApp() {
  const [data, setData] = useState<AdminOverview | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const [auditVersion, setAuditVersion] = useState(0);

  const reload = useCallback(() => {
    getJson<AdminOverview>('/api/admin/research').then(
      (d) => {
        setData(d);
        setAuditVersion((v) => v + 1);
      },
      (e: unknown) =>
        setError({
          status: e instanceof ApiError ? e.status : 0,
          message: String((e as Error).message ?? e),
        }),
    );
  }, []);
  useEffect(reload, [reload]);

  return (
    <main className="page research">
      <header className="research-head">
        <h1>Research administration</h1>
        <p className="hint">
          Study keys, retention and erasure. Every change here is written to the audit log below.
          Researchers see the figures and exports at <a href="/research">/research</a>.
        </p>
      </header>
      {error &&
        (error.status === 401 ? (
          <SignIn
            role="admin"
            onSignedIn={() => {
              setError(null);
              reload();
            }}
          />
        ) : error.status === 403 ? (
          <p role="alert">This page is for admins.</p>
        ) : (
          <p role="alert">Could not load: {error.message}</p>
        ))}
      {data && (
        <>
          <StudyKeys keys={data.keys} onChange={reload} />
          <div className="two-up">
            <RetentionForm retention={data.retention} onChange={reload} />
            <ErasureForm sites={data.sites} onChange={reload} />
          </div>
          <AuditLog version={auditVersion} />
        </>
      )}
    </main>
  );
}
