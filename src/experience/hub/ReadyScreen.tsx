import { t } from '../../core/i18n/catalogue.ts';
import { findScene } from '../scenes/registry.ts';
import { useSession } from '../session/sessionStore.ts';
import { useHeadsetHub } from './hubStore.ts';
import './ready.css';

/**
 * Staff prepared a session from the console: one large button, because entering VR needs a press
 * on the headset itself (a user gesture). Everything else was chosen by staff.
 */
export function ReadyScreen({
  vrSupported,
  onBegin,
}: {
  vrSupported: boolean;
  onBegin: (vr: boolean) => void;
}) {
  const plan = useHeadsetHub((s) => s.prepared);
  const lang = useSession((s) => s.config.language);
  if (!plan) return null;
  const scene = findScene(plan.scene);
  return (
    <main className="panel panel--centre ready-screen" lang={lang} data-testid="ready">
      <h1>{t(lang, 'hub.readyTitle')}</h1>
      <p className="ready-detail">
        {t(lang, 'hub.readyDetail', {
          scene: scene ? t(lang, scene.manifest.titleKey) : plan.scene,
          minutes: plan.lengthMin,
        })}
      </p>
      {plan.group && <p>{t(lang, 'hub.readyTogether')}</p>}
      <button
        className="big primary ready-begin"
        onClick={() => onBegin(vrSupported)}
        data-testid="ready-begin"
        autoFocus
      >
        {t(lang, 'hub.ready')}
      </button>
    </main>
  );
}
