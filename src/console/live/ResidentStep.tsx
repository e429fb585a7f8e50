import type { ResidentView } from '../../core/schemas/residents.ts';
import { ResidentPicker } from '../residents/ResidentPicker.tsx';
import { consentNote } from './residentChoice.ts';

const CAPTIONS = { small: 'small', large: 'large', extra_large: 'extra large' } as const;

/** What staff should know about the resident they picked, next to the picker. */
function ResidentFacts({ resident }: { resident: ResidentView | null }) {
  const p = resident?.preferences;
  const prefers = [
    p?.language && (p.language === 'cy' ? 'Cymraeg' : 'English'),
    p?.captionSize && `${CAPTIONS[p.captionSize]} captions`,
  ].filter(Boolean);
  return (
    <div className="resident-facts" data-testid="resident-facts">
      <p className={resident && resident.consent !== 'yes' ? 'consent-note--out' : undefined}>
        {consentNote(resident)}
      </p>
      {prefers.length > 0 && <p>Prefers {prefers.join(', ')}.</p>}
      {p?.comfortNotes && <p>Comfort: {p.comfortNotes}</p>}
    </div>
  );
}

/**
 * Step 2 of the start flow: for each chosen headset, search and pick its resident in one tap
 * (or "Guest, not recorded"), with their consent and preferences in view.
 */
export function ResidentStep({
  headsets,
  chosen,
  onPick,
}: {
  headsets: readonly { id: string; name: string }[];
  chosen: Readonly<Record<string, ResidentView | null>>;
  onPick: (headsetId: string, resident: ResidentView | null) => void;
}) {
  return (
    <fieldset>
      <legend>2. Resident</legend>
      {headsets.length === 0 && <p className="hint">Choose a headset first.</p>}
      {headsets.map((h) => (
        <div key={h.id} className="resident-step" data-testid="resident-step" data-headset={h.id}>
          <ResidentPicker
            label={`Resident for ${h.name}`}
            selectedId={chosen[h.id]?.id ?? null}
            onPick={(r) => onPick(h.id, r)}
          />
          <ResidentFacts resident={chosen[h.id] ?? null} />
        </div>
      ))}
    </fieldset>
  );
}
