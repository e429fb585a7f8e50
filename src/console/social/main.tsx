import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RoomsPage } from './RoomsPage.tsx';
import '../../styles-pages.css';

/** /console/rooms: social rooms for staff. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <RoomsPage />
    </StrictMode>,
  );
}
