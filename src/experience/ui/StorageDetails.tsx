import { useEffect, useState } from 'react';
import { t, type Lang } from '../../core/i18n/catalogue.ts';
import { getLogger, storageNote } from '../session/logging.ts';

const TEXT = {
  persistent: 'app.storagePersistent',
  'best-effort': 'app.storageRefused',
  'memory-only': 'app.storageMemory',
} as const;

/**
 * For staff on the thank-you screen: whether the browser keeps unsent records safe. Refused
 * persistent storage is opened by default, so it is seen; granted storage stays folded away.
 */
export function StorageDetails({ lang }: { lang: Lang }) {
  const [note, setNote] = useState<typeof storageNote | null>(null);
  useEffect(() => {
    let live = true;
    void getLogger().then(() => live && setNote(storageNote));
    return () => {
      live = false;
    };
  }, []);
  if (!note) return null;
  return (
    <details className="storage-details" open={note !== 'persistent'} data-storage={note}>
      <summary>{t(lang, 'app.details')}</summary>
      <p className="note" data-testid="storage-note">
        {t(lang, TEXT[note])}
      </p>
    </details>
  );
}
