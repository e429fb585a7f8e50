import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { findAnyScene } from './scenes/registry.ts';
import { ScenePreview } from './ScenePreview.tsx';
import { ResidentApp } from './ResidentApp.tsx';

export function mount(root: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const preview = params.get('preview');
  const entry = preview ? findAnyScene(preview) : undefined;
  const t = params.get('t');
  const breath = params.get('breath');
  createRoot(root).render(
    <StrictMode>
      {entry ? (
        <ScenePreview
          entry={entry}
          frozenMs={t === null ? null : Number(t)}
          breathMs={breath === null ? null : Number(breath)}
          guideVisible={params.get('guide') !== '0'}
          stats={params.has('stats')}
          people={Math.min(7, Math.max(0, Number(params.get('people') ?? 0) || 0))}
        />
      ) : (
        <ResidentApp />
      )}
    </StrictMode>,
  );
  // The resident app works offline once loaded: its service worker, fetched after first paint
  // (scene previews, used by the bench and screenshots, stay without one).
  if (!entry) {
    requestAnimationFrame(() => {
      void import('./offline/serviceWorker.ts').then((m) => m.startOfflineSupport());
    });
  }
}
