import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles-pages.css';

/** The research dashboard's entry. React DOM only: no three.js. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <main className="page">
        <h1>Hafan research</h1>
        <p>
          Outcome summaries and pseudonymised exports will appear here for researchers once sign-in
          is set up.
        </p>
      </main>
    </StrictMode>,
  );
}
