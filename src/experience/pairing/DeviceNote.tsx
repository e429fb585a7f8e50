import { t, type Lang } from '../../core/i18n/catalogue.ts';
import { useDevice } from './device.ts';

/**
 * The top of the start screen: a paired headset shows its name and that it waits for staff; an
 * unpaired one says its sessions are not recorded, and offers pairing.
 */
export function DeviceNote({ lang, onPair }: { lang: Lang; onPair: () => void }) {
  const device = useDevice((s) => s.device);
  const revoked = useDevice((s) => s.revoked);
  if (device) {
    return (
      <div className="device-note" data-testid="device-paired">
        <p className="device-name">
          {t(lang, 'pairing.headsetName', { name: device.headset.name })}
        </p>
        <p role="status">{t(lang, 'pairing.waiting')}</p>
      </div>
    );
  }
  return (
    <div className="device-note device-note--unpaired" data-testid="device-unpaired">
      {revoked && <p>{t(lang, 'pairing.revoked')}</p>}
      <p>{t(lang, 'pairing.notPaired')}</p>
      <button className="choice" onClick={onPair} data-testid="pair-open">
        {t(lang, 'pairing.pair')}
      </button>
    </div>
  );
}
