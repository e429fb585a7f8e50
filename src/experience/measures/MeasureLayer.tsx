import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Mesh, MeshBasicMaterial, PlaneGeometry, Vector3, type Group } from 'three';
import { BatchedText, Text } from 'troika-three-text';
import { CY_REVIEWED, t, type Lang } from '../../core/i18n/catalogue.ts';
import type { InstrumentItem } from '../../core/instruments/schema.ts';
import { currentQuestion, type Question } from '../../core/measures/run.ts';
import { useSession } from '../session/sessionStore.ts';
import { DwellButton } from '../ui/DwellButton.tsx';
import { FONT_BOLD } from '../ui/fonts.ts';
import { TextLabel } from '../ui/TextLabel.tsx';
import { SEATED_EYE_HEIGHT } from '../xr/comfort.ts';
import { respond, useMeasures } from './measureStore.ts';
import { Billboard, FaceMesh, ThermometerMesh } from './Pictograms3D.tsx';
import { isThermometer } from './pictograms.ts';

/**
 * Answers appear a moment after the question, and only once the gaze has left the row of answers
 * (a resident looks up to read the new question): a gaze resting where the last answer was must
 * not choose the next item by itself. If the gaze never moves, they appear after a longer wait.
 */
export const ARM_DELAY_MS = 1000;
const ARM_ANYWAY_MS = 4000;
/** The gaze is on the answers when it points this far below the horizon (radians). */
const ANSWER_BAND_PITCH = -0.075;
const DISTANCE = 1.5;
/** The direction each stage's questions opened in, keyed by the stage's entries. */
const stageYaw = new WeakMap<object, number>();
/**
 * Heights around the eye: the question sits where the resident already looks, the answers lower
 * down, so a resting gaze never chooses by itself; "prefer not to say" is below them, clear of the
 * Pause and Leave targets (their gaze zones do not overlap).
 */
const EYE = SEATED_EYE_HEIGHT;

declare global {
  interface Window {
    /** Test builds only: the item (`instrument:timing:linkId`) whose answers are showing. */
    __hafanMeasureArmed?: string | null;
  }
}
const ROW_Y = EYE - 0.26;

/**
 * Measures in the headset: one item at a time on a soft panel where the resident is looking, big
 * pictorial answers chosen by trigger, pinch or gaze-dwell, and "prefer not to say". A separate
 * chunk: loaded with the session code, never part of the first load.
 */
export default function MeasureLayer({ distance = DISTANCE }: { distance?: number }) {
  const session = useXR((s) => s.session);
  const stage = useSession((s) => s.stage);
  const paused = useSession((s) => s.paused);
  const lang = useSession((s) => s.config.language);
  const run = useMeasures((s) => s.run);
  const q = run ? currentQuestion(run) : null;
  if (!session || !q || paused || stage !== 'running') return null;
  // A fresh panel per item: dwell progress never carries over from the last answer.
  return (
    <QuestionPanel
      key={`${q.def.id}:${q.timing}:${q.item.linkId}`}
      question={q}
      lang={lang}
      distance={distance}
    />
  );
}

/**
 * `distance`: how far ahead the panel stands (a social room brings it in front of what is on its
 * table). The panel is laid out at DISTANCE and moved as a whole, inside the yaw it opens at.
 */
function QuestionPanel({
  question,
  lang,
  distance,
}: {
  question: Question;
  lang: Lang;
  distance: number;
}) {
  const { item, itemNumber, itemCount } = question;
  const [armed, setArmed] = useState(false);
  const group = useRef<Group>(null);
  const forward = useMemo(() => new Vector3(), []);
  const backdrop = useMemo(() => {
    const m = new Mesh(
      new PlaneGeometry(2.0, 1.1),
      new MeshBasicMaterial({
        color: '#14202c',
        transparent: true,
        opacity: 0.6,
        depthWrite: false,
      }),
    );
    m.renderOrder = 8;
    return m;
  }, []);
  useEffect(() => () => backdrop.geometry.dispose(), [backdrop]);
  const shownAt = useRef<number | null>(null);
  const itemKey = `${question.def.id}:${question.timing}:${item.linkId}`;
  useEffect(() => {
    if (!__HAFAN_EMULATOR__) return;
    window.__hafanMeasureArmed = armed ? itemKey : null;
    return () => void (window.__hafanMeasureArmed = null);
  }, [armed, itemKey]);
  const entries = useMeasures((s) => s.run?.entries);
  useFrame((state) => {
    if (!armed) {
      const now = performance.now();
      shownAt.current ??= now;
      const waited = now - shownAt.current;
      state.camera.getWorldDirection(forward);
      const offRow = Math.asin(Math.max(-1, Math.min(1, forward.y))) > ANSWER_BAND_PITCH;
      if ((waited >= ARM_DELAY_MS && offRow) || waited >= ARM_ANYWAY_MS) setArmed(true);
    }
    // Open where the resident is looking (yaw only: the horizon stays level), once per stage, so
    // looking at an answer off to one side does not move the next question there.
    const g = group.current;
    if (!g || !entries || g.userData.placed) return;
    let yaw = stageYaw.get(entries);
    if (yaw === undefined) {
      state.camera.getWorldDirection(forward);
      yaw = Math.atan2(-forward.x, -forward.z);
      stageYaw.set(entries, yaw);
    }
    g.rotation.set(0, yaw, 0);
    g.userData.placed = true;
  });

  return (
    <group ref={group}>
      <group position-z={DISTANCE - distance}>
        <group position={[0, EYE - 0.2, -DISTANCE - 0.05]}>
          <primitive object={backdrop} />
        </group>
        {itemCount > 1 && (
          <TextLabel
            text={t(lang, 'measure.progress', { n: itemNumber, total: itemCount })}
            fontSize={0.04}
            color="#f5d9bd"
            position={[0, EYE + 0.26, -DISTANCE]}
          />
        )}
        <TextLabel
          text={item.text[lang]}
          fontSize={0.072}
          bold
          maxWidth={1.7}
          position={[0, EYE + 0.12, -DISTANCE]}
        />
        <TextLabel
          text={t(lang, 'measure.howVr')}
          fontSize={0.045}
          color="#d8e2ea"
          position={[0, EYE - 0.02, -DISTANCE]}
        />
        {lang === 'cy' && !CY_REVIEWED && (
          <TextLabel
            text={t(lang, 'app.draft')}
            fontSize={0.035}
            color="#f5d9bd"
            position={[0.8, EYE + 0.26, -DISTANCE]}
          />
        )}
        {armed && <Answers item={item} instrumentId={question.def.id} lang={lang} />}
      </group>
    </group>
  );
}

function Answers({
  item,
  instrumentId,
  lang,
}: {
  item: InstrumentItem;
  instrumentId: string;
  lang: Lang;
}) {
  const r = item.response;
  return (
    <>
      {r.kind === 'choice' ? (
        <ChoiceRow options={r.options} lang={lang} />
      ) : (
        <ScaleRow
          min={r.min}
          max={r.max}
          minLabel={r.minLabel[lang]}
          maxLabel={r.maxLabel[lang]}
          thermometer={isThermometer(instrumentId)}
        />
      )}
      <DwellButton
        label={t(lang, 'measure.preferNot')}
        position={[0, EYE - 0.6, -DISTANCE]}
        radius={0.09}
        onSelect={() => respond({ declined: true })}
        testId="measure-prefer-not"
      />
    </>
  );
}

type Option = Extract<InstrumentItem['response'], { kind: 'choice' }>['options'][number];

function ChoiceRow({ options, lang }: { options: readonly Option[]; lang: Lang }) {
  const pictorial = options.every((o) => o.pictogram);
  const spacing = options.length <= 3 ? 0.42 : 0.3;
  const radius = pictorial ? 0.12 : options.length <= 3 ? 0.15 : 0.13;
  const x0 = (-(options.length - 1) * spacing) / 2;
  return (
    <>
      {options.map((o, i) => {
        const position: [number, number, number] = [x0 + i * spacing, ROW_Y, -DISTANCE];
        const choose = () => respond({ value: o.value });
        if (!pictorial) {
          return (
            <DwellButton
              key={o.code}
              label={o.label[lang]}
              position={position}
              radius={radius}
              onSelect={choose}
              testId={`measure-option-${o.code}`}
            />
          );
        }
        return (
          <group key={o.code}>
            <DwellButton
              label=""
              position={position}
              radius={radius}
              onSelect={choose}
              testId={`measure-option-${o.code}`}
            />
            <Billboard position={[position[0], position[1], position[2] + 0.012]}>
              <FaceMesh pictogram={o.pictogram!} radius={radius * 0.82} />
            </Billboard>
            <TextLabel
              text={o.label[lang]}
              fontSize={0.05}
              maxWidth={spacing * 0.95}
              anchorY="top"
              position={[position[0], position[1] - radius - 0.045, position[2]]}
            />
          </group>
        );
      })}
    </>
  );
}

function ScaleRow({
  min,
  max,
  minLabel,
  maxLabel,
  thermometer,
}: {
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  thermometer: boolean;
}) {
  const count = max - min + 1;
  const spacing = Math.min(0.16, 1.6 / (count - 1));
  const x0 = (-(count - 1) * spacing) / 2;
  const values = Array.from({ length: count }, (_, i) => min + i);
  return (
    <>
      {thermometer && (
        <group position={[-0.04, ROW_Y + 0.13, -DISTANCE - 0.01]}>
          <ThermometerMesh width={(count - 1) * spacing + 0.28} height={0.09} />
        </group>
      )}
      {values.map((v, i) => (
        <DwellButton
          key={v}
          label=""
          position={[x0 + i * spacing, ROW_Y, -DISTANCE]}
          radius={0.062}
          onSelect={() => respond({ value: v })}
          testId={`measure-value-${v}`}
        />
      ))}
      <NumberLabels values={values} x0={x0} spacing={spacing} />
      <TextLabel
        text={minLabel}
        fontSize={0.038}
        maxWidth={0.45}
        anchorY="top"
        position={[x0 + 0.1, ROW_Y - 0.09, -DISTANCE]}
      />
      <TextLabel
        text={maxLabel}
        fontSize={0.038}
        maxWidth={0.45}
        anchorY="top"
        position={[-x0 - 0.1, ROW_Y - 0.09, -DISTANCE]}
      />
    </>
  );
}

/** The numbers on the scale's buttons, all in one draw call (troika's BatchedText). */
function NumberLabels({ values, x0, spacing }: { values: number[]; x0: number; spacing: number }) {
  const key = values.join(',');
  const batch = useMemo(() => {
    const b = new BatchedText();
    b.renderOrder = 11;
    key.split(',').forEach((v, i) => {
      const label = new Text();
      label.text = v;
      label.font = FONT_BOLD;
      label.fontSize = 0.05;
      label.color = '#fdf6ec';
      label.anchorX = 'center';
      label.anchorY = 'middle';
      label.position.set(x0 + i * spacing, ROW_Y, -DISTANCE + 0.012);
      b.add(label);
    });
    b.sync();
    return b;
  }, [key, x0, spacing]);
  useEffect(() => () => batch.dispose(), [batch]);
  return <primitive object={batch} />;
}
