import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ResearchApp } from './ResearchApp.tsx';
import '../styles-pages.css';
import './research.css';

/** The research dashboard's entry. React DOM only: no three.js. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ResearchApp />
    </StrictMode>,
  );
}
