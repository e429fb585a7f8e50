import { Suspense, lazy, useEffect } from 'react';
import { dismissNotice, openMirror, startConsoleHub, useConsoleHub } from './consoleHub.ts';
import { HeadsetCard } from './HeadsetCard.tsx';
import { StartSession } from './StartSession.tsx';
import './live.css';

// three.js and the scene arrive only when a mirror is opened.
const Mirror = lazy(() => import('./Mirror.tsx'));

const LINK_TEXT = {
  off: 'Not connected',
  connecting: 'Connecting to the headsets…',
  online: 'Live',
  offline: 'Connection lost: reconnecting…',
  refused: 'Sign in again to see the headsets',
} as const;

/** The live part of the console: headsets with their status and controls, start, mirror. */
export function LiveConsole() {
  const link = useConsoleHub((s) => s.link);
  const order = useConsoleHub((s) => s.order);
  const mirror = useConsoleHub((s) => s.mirror);
  const mirrorName = useConsoleHub((s) => (s.mirror ? s.headsets[s.mirror]?.name : undefined));
  const calls = useConsoleHub((s) => Object.keys(s.calls).length);
  useEffect(() => startConsoleHub(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') dismissNotice();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="live">
      <section aria-labelledby="live-headsets" className="live-headsets">
        <div className="live-headsets__title">
          <h2 id="live-headsets">Headsets</h2>
          <span className={`pill pill--${link}`} role="status" data-testid="hub-link">
            {LINK_TEXT[link]}
          </span>
          {calls > 0 && (
            <span className="pill pill--call" data-testid="call-count">
              {calls === 1 ? '1 resident calling' : `${calls} residents calling`}
            </span>
          )}
        </div>
        {link === 'online' && order.length === 0 && (
          <p>No headsets are paired at this site yet. An admin can pair one.</p>
        )}
        <div className="headset-grid">
          {order.map((id) => (
            <HeadsetCard key={id} headsetId={id} />
          ))}
        </div>
      </section>
      {mirror && (
        <section aria-labelledby="mirror-title" className="mirror-panel">
          <div className="live-headsets__title">
            <h2 id="mirror-title">Mirror: {mirrorName}</h2>
            <button type="button" onClick={() => openMirror(null)}>
              Close mirror
            </button>
          </div>
          <Suspense fallback={<p>Loading the mirror…</p>}>
            <Mirror headsetId={mirror} />
          </Suspense>
        </section>
      )}
      <StartSession />
    </div>
  );
}
