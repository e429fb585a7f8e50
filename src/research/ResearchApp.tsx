import { useEffect } from 'react';
import { ExportPanel } from './ExportPanel.tsx';
import { Figures } from './Figures.tsx';
import { Filters } from './Filters.tsx';
import { SignIn } from './SignIn.tsx';
import { loadOptions, refreshSummary, useResearch } from './store.ts';

/** The research dashboard: filters, figures with a table under each plot, and exports. */
export function ResearchApp() {
  const options = useResearch((s) => s.options);
  const summary = useResearch((s) => s.summary);
  const refreshing = useResearch((s) => s.refreshing);

  useEffect(() => {
    void loadOptions();
    void refreshSummary();
  }, []);

  if (options.state === 'error') {
    return (
      <main className="page research">
        <h1>Hafan research</h1>
        {options.status === 401 ? (
          <SignIn
            role="researcher"
            onSignedIn={() => {
              void loadOptions();
              void refreshSummary();
            }}
          />
        ) : options.status === 403 ? (
          <p role="alert">
            This page is for researchers. Your account does not have the researcher role.
          </p>
        ) : (
          <p role="alert">Could not load the research data: {options.message}</p>
        )}
      </main>
    );
  }

  return (
    <main className="page research">
      <header className="research-head">
        <h1>Hafan research</h1>
        <p className="hint">
          Outcomes of consented residents, pseudonymised. Figures update as you change a filter.
        </p>
      </header>
      {options.state === 'ok' && <Filters options={options.data} />}
      <div aria-live="polite" aria-busy={refreshing}>
        {summary.state === 'loading' && <p className="loading">Loading figures…</p>}
        {summary.state === 'error' && (
          <p role="alert">Could not load the figures: {summary.message}</p>
        )}
        {summary.state === 'ok' && options.state === 'ok' && (
          <Figures s={summary.data} options={options.data} />
        )}
      </div>
      {options.state === 'ok' && <ExportPanel options={options.data} />}
    </main>
  );
}
