import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { findScene } from './scenes/registry.ts';
import { ScenePreview } from './ScenePreview.tsx';
import { ResidentApp } from './ResidentApp.tsx';

export function mount(root: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const preview = params.get('preview');
  const entry = preview ? findScene(preview) : undefined;
  const t = params.get('t');
  createRoot(root).render(
    <StrictMode>
      {entry ? (
        <ScenePreview
          entry={entry}
          frozenMs={t === null ? null : Number(t)}
          stats={params.has('stats')}
          people={Math.min(7, Math.max(0, Number(params.get('people') ?? 0) || 0))}
        />
      ) : (
        <ResidentApp />
      )}
    </StrictMode>,
  );
}
