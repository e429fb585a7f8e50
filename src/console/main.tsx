import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './ConsoleApp.tsx';
import { SessionRecordPage } from './measures/SessionRecordPage.tsx';
import '../styles-pages.css';

/** /console/sessions/<id>/record: staff measures and notes after a session. */
const RECORD_PATH = /^\/console\/sessions\/([0-9a-f-]{36})\/record\/?$/;

export function mount(root: HTMLElement): void {
  const record = RECORD_PATH.exec(window.location.pathname);
  createRoot(root).render(
    <StrictMode>
      {record ? <SessionRecordPage sessionId={record[1]!} /> : <ConsoleApp />}
    </StrictMode>,
  );
}
