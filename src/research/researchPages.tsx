import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './AdminApp.tsx';
import { ResearchApp } from './ResearchApp.tsx';
import '../styles-pages.css';
import './research.css';

/** The research pages' entry: the dashboard, or its admin page. React DOM only: no three.js. */
export function mount(root: HTMLElement): void {
  const admin = window.location.pathname.startsWith('/research/admin');
  createRoot(root).render(<StrictMode>{admin ? <AdminApp /> : <ResearchApp />}</StrictMode>);
}
