import { createRoot } from 'react-dom/client';
import { StrictMode, Suspense, lazy } from 'react';
import { findAnyScene } from './scenes/registry.ts';
import { ResidentApp } from './ResidentApp.tsx';

// Scene previews (screenshots, the bench, scene authors) bring social scenes' code: never in the
// resident app's first load.
const ScenePreview = lazy(() =>
  import('./ScenePreview.tsx').then((m) => ({ default: m.ScenePreview })),
);

export function mount(root: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const preview = params.get('preview');
  const entry = preview ? findAnyScene(preview) : undefined;
  const t = params.get('t');
  const breath = params.get('breath');
  createRoot(root).render(
    <StrictMode>
      {entry ? (
        <Suspense fallback={null}>
          <ScenePreview
            entry={entry}
            frozenMs={t === null ? null : Number(t)}
            breathMs={breath === null ? null : Number(breath)}
            guideVisible={params.get('guide') !== '0'}
            stats={params.has('stats')}
            people={Math.min(7, Math.max(0, Number(params.get('people') ?? 0) || 0))}
          />
        </Suspense>
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
