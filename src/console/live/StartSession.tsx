import { useId, useState, type FormEvent } from 'react';
import { PATTERN_IDS } from '../../core/breathing/patterns.ts';
import { t } from '../../core/i18n/catalogue.ts';
import { BUILT_IN_INSTRUMENTS } from '../../core/instruments/registry.ts';
import { availableCommands } from '../../core/protocol/headsetMachine.ts';
import {
  DEFAULT_MEASURE_PLAN,
  type PatternChoice,
  type PlannedMeasure,
} from '../../core/schemas/sessionPlan.ts';
import { SESSION_LENGTHS_MIN, type SessionLengthMin } from '../../core/session/timeline.ts';
import { SCENES } from '../../experience/scenes/registry.ts';
import type { ResidentView } from '../../core/schemas/residents.ts';
import { RoomChoice, roomPlanFor, type RoomPick } from '../social/RoomChoice.tsx';
import { prepareSessions, useConsoleHub } from './consoleHub.ts';
import { doubleBooked, planDefaultsFor } from './residentChoice.ts';
import { ResidentStep } from './ResidentStep.tsx';

const MEASURE_OPTIONS: PlannedMeasure[] = BUILT_IN_INSTRUMENTS.filter(
  (d) => d.use === 'per_session',
).flatMap((d) => d.timings.map((timing) => ({ instrumentId: d.id, timing })));
const key = (m: PlannedMeasure) => `${m.instrumentId}:${m.timing}`;
const MEASURE_KEYS = new Set(MEASURE_OPTIONS.map(key));
const TIMING: Record<string, string> = {
  pre: 'before',
  post: 'after',
  baseline: 'baseline',
  follow_up: 'follow-up',
};
const SCENE_IDS = SCENES.map((s) => s.manifest.id);

/**
 * The start flow: headset(s) → resident (or guest, not recorded) → scene → length → pattern →
 * measures → Start. Several headsets make a group session with one shared breathing clock.
 */
export function StartSession() {
  const ids = useConsoleHub((s) => s.order);
  const headsets = useConsoleHub((s) => s.headsets);
  const ready = ids.filter((id) => {
    const h = headsets[id];
    return h !== undefined && availableCommands(h.status, h.online).prepare;
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [residentFor, setResidentFor] = useState<Record<string, ResidentView | null>>({});
  const [scene, setScene] = useState(SCENES[0]!.manifest.id);
  const [lengthMin, setLength] = useState<SessionLengthMin>(5);
  const [language, setLanguage] = useState<'en' | 'cy'>('en');
  const [pattern, setPattern] = useState<PatternChoice | 'just_listen'>('scene_default');
  const [measures, setMeasures] = useState<Set<string>>(
    () => new Set(DEFAULT_MEASURE_PLAN.map(key)),
  );
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [room, setRoom] = useState<RoomPick | null>(null);
  const formId = useId();

  const picked = chosen.filter((id) => ready.includes(id));
  const roomHeadsets = picked.map((id) => {
    const r = residentFor[id] ?? null;
    return {
      headsetId: id,
      residentId: r?.id ?? null,
      defaultName: r?.label ?? headsets[id]?.name ?? '',
    };
  });

  // Picking a resident fills in their preferences (staff can still change each one).
  const pickResident = (headsetId: string, r: ResidentView | null) => {
    setResidentFor((x) => ({ ...x, [headsetId]: r }));
    if (!r) return;
    const d = planDefaultsFor(r, SCENE_IDS);
    if (d.scene) setScene(d.scene);
    if (d.language) setLanguage(d.language);
    if (d.measures)
      setMeasures(new Set(d.measures.filter((m) => MEASURE_KEYS.has(key(m))).map(key)));
  };

  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (picked.length === 0) return;
    const twice = doubleBooked(residentFor, picked);
    if (twice) {
      setResult(`${twice.label ?? twice.code} is chosen for two headsets: choose one.`);
      return;
    }
    setBusy(true);
    setResult(null);
    const plan = {
      scene: room?.scene ?? scene,
      lengthMin,
      language,
      pattern: pattern === 'just_listen' ? ('scene_default' as const) : pattern,
      guideVisible: pattern !== 'just_listen',
      measures: MEASURE_OPTIONS.filter((m) => measures.has(key(m))),
    };
    // One plan per headset: each resident is their own; the group clock is shared.
    const targets = roomHeadsets.map((h) => {
      const captionSize = residentFor[h.headsetId]?.preferences.captionSize;
      return {
        headsetId: h.headsetId,
        residentId: h.residentId,
        ...(captionSize ? { captionSize } : {}),
        room: roomPlanFor(room, h),
      };
    });
    const results = await prepareSessions(targets, plan);
    const failed = Object.entries(results).filter(([, r]) => !r.ok);
    setBusy(false);
    setResult(
      failed.length === 0
        ? `Ready on ${picked.map((id) => headsets[id]?.name).join(', ')}: ask the resident to press the button.`
        : failed.map(([id, r]) => `${headsets[id]?.name}: ${r.reason ?? 'refused'}`).join('; '),
    );
    if (failed.length === 0) setChosen([]);
  };

  return (
    <section aria-labelledby={`${formId}-title`} className="start-session">
      <h2 id={`${formId}-title`}>Start a session</h2>
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>1. Headsets (choose several for a group)</legend>
          {ready.length === 0 && <p>No headset is free right now.</p>}
          <div className="choice-row">
            {ready.map((id) => (
              <label key={id} className="choice">
                <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} />
                {headsets[id]?.name}
              </label>
            ))}
          </div>
        </fieldset>
        <ResidentStep
          headsets={picked.map((id) => ({ id, name: headsets[id]?.name ?? id }))}
          chosen={residentFor}
          onPick={pickResident}
        />
        <fieldset>
          <legend>3. Scene</legend>
          <div className="choice-row">
            {SCENES.map((s) => (
              <label key={s.manifest.id} className="choice">
                <input
                  type="radio"
                  name={`${formId}-scene`}
                  checked={!room && scene === s.manifest.id}
                  disabled={room !== null}
                  onChange={() => setScene(s.manifest.id)}
                />
                {t('en', s.manifest.titleKey)}
              </label>
            ))}
          </div>
          <RoomChoice headsets={roomHeadsets} value={room} onChange={setRoom} />
        </fieldset>
        <fieldset>
          <legend>4. Length</legend>
          <div className="choice-row">
            {SESSION_LENGTHS_MIN.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name={`${formId}-length`}
                  checked={lengthMin === m}
                  onChange={() => setLength(m)}
                />
                {m} min
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>5. Breathing and language</legend>
          <label className="field">
            <span>Breathing guide</span>
            <select value={pattern} onChange={(e) => setPattern(e.target.value as PatternChoice)}>
              <option value="scene_default">{t('en', 'app.sceneDefault')}</option>
              {PATTERN_IDS.map((p) => (
                <option key={p} value={p}>
                  {t('en', `pattern.${p}`)}
                </option>
              ))}
              <option value="just_listen">{t('en', 'app.justListen')}</option>
            </select>
          </label>
          <label className="field">
            <span>Language</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'cy')}>
              <option value="en">English</option>
              <option value="cy">Cymraeg</option>
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>6. Measures</legend>
          <div className="choice-row">
            {MEASURE_OPTIONS.map((m) => {
              const def = BUILT_IN_INSTRUMENTS.find((d) => d.id === m.instrumentId)!;
              return (
                <label key={key(m)} className="choice">
                  <input
                    type="checkbox"
                    checked={measures.has(key(m))}
                    onChange={() =>
                      setMeasures((s) => {
                        const n = new Set(s);
                        if (n.has(key(m))) n.delete(key(m));
                        else n.add(key(m));
                        return n;
                      })
                    }
                  />
                  {def.title.en}, {TIMING[m.timing]}
                </label>
              );
            })}
          </div>
        </fieldset>
        <button type="submit" className="primary start" disabled={busy || picked.length === 0}>
          {picked.length > 1 ? `Start group session (${picked.length} headsets)` : 'Start'}
        </button>
        {result && (
          <p role="status" className="start-result" data-testid="start-result">
            {result}
          </p>
        )}
      </form>
    </section>
  );
}
