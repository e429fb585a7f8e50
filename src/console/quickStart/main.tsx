import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QuickStart } from './QuickStart.tsx';
import '../../styles-pages.css';
import '../ops.css';

export function mount(root: HTMLElement): void {
  document.title = 'Hafan quick-start for care staff';
  createRoot(root).render(
    <StrictMode>
      <QuickStart />
    </StrictMode>,
  );
}
