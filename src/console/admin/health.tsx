import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HealthPage } from './HealthPage.tsx';
import '../../styles-pages.css';
import '../ops.css';

export function mount(root: HTMLElement): void {
  document.title = 'Hafan health';
  createRoot(root).render(
    <StrictMode>
      <HealthPage />
    </StrictMode>,
  );
}
