import type { InstrumentDefinition, InstrumentItem } from '../instruments/schema.ts';
import type { ExportMeasure, ExportMeta } from './rows.ts';
import { answerOptions } from './measuresTable.ts';

/**
 * FHIR R4 (4.0.1) export: a Bundle of type `collection` with one Questionnaire per instrument
 * used and one QuestionnaireResponse per answered measure. Every choice carries its ordinal value
 * (http://hl7.org/fhir/StructureDefinition/ordinalValue) so scores can be recomputed from the
 * FHIR data alone. Scale items (0–10) become choices too: each whole number is one coding.
 */

export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const LOINC = 'http://loinc.org';

export interface FhirContext {
  /** Base of Hafan's canonical URLs, e.g. https://fhir.hafan.example (no trailing slash). */
  base: string;
}

export const questionnaireUrl = (c: FhirContext, def: InstrumentDefinition): string =>
  `${c.base}/Questionnaire/${def.id}`;
const answerSystem = (c: FhirContext, def: InstrumentDefinition, item: InstrumentItem): string =>
  `${questionnaireUrl(c, def)}/answers/${item.linkId}`;
const ext = (c: FhirContext, name: string): string => `${c.base}/StructureDefinition/${name}`;

/** "mood_faces" → "MoodFaces": Questionnaire.name must be computer-friendly. */
const pascal = (id: string): string =>
  id
    .split('_')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

function coding(c: FhirContext, def: InstrumentDefinition, item: InstrumentItem, value: number) {
  const opt = answerOptions(item).find((o) => o.value === value);
  return {
    extension: [{ url: ORDINAL_VALUE, valueDecimal: value }],
    system: answerSystem(c, def, item),
    code: opt?.code ?? String(value),
    display: opt?.label ?? String(value),
  };
}

export function questionnaire(c: FhirContext, def: InstrumentDefinition) {
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(c, def),
    version: def.version,
    name: pascal(def.id),
    title: def.title.en,
    status: 'active',
    subjectType: ['Patient'],
    copyright: def.licence,
    ...(def.loincPanel ? { code: [{ system: LOINC, code: def.loincPanel }] } : {}),
    item: def.items.map((item) => ({
      linkId: item.linkId,
      ...(item.loinc ? { code: [{ system: LOINC, code: item.loinc }] } : {}),
      text: item.text.en,
      type: 'choice',
      required: false,
      answerOption: answerOptions(item).map((o) => ({
        valueCoding: coding(c, def, item, o.value),
      })),
    })),
  };
}

export function questionnaireResponse(c: FhirContext, def: InstrumentDefinition, m: ExportMeasure) {
  const answered = m.answers.flatMap((a) => {
    const item = def.items.find((i) => i.linkId === a.linkId);
    return item && 'value' in a ? [{ item, value: a.value }] : [];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    extension: [
      { url: ext(c, 'measure-timing'), valueCode: m.timing },
      { url: ext(c, 'measure-respondent'), valueCode: m.respondent },
      { url: ext(c, 'session-id'), valueString: m.sessionId },
      ...(m.score.score !== null
        ? [{ url: ext(c, 'measure-score'), valueDecimal: m.score.score }]
        : []),
    ],
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${m.measureId}` },
    questionnaire: `${questionnaireUrl(c, def)}|${def.version}`,
    status: 'completed',
    ...(m.participant
      ? { subject: { identifier: { system: `${c.base}/participant`, value: m.participant } } }
      : {}),
    authored: m.answeredAt,
    item: answered.map(({ item, value }) => ({
      linkId: item.linkId,
      text: item.text.en,
      answer: [{ valueCoding: coding(c, def, item, value) }],
    })),
  };
}

/** The Bundle's opening, up to and including `"entry":[`; entries stream after it. */
export function bundleOpening(c: FhirContext, meta: ExportMeta, exportId: string): string {
  const head = {
    resourceType: 'Bundle',
    meta: {
      extension: [
        { url: ext(c, 'excluded-consent-no'), valueInteger: meta.excluded.consentNo },
        { url: ext(c, 'excluded-consent-withdrawn'), valueInteger: meta.excluded.consentWithdrawn },
        { url: ext(c, 'excluded-erased'), valueInteger: meta.excluded.erased },
        {
          url: ext(c, 'excluded-sessions-without-resident'),
          valueInteger: meta.excluded.sessionsWithoutResident,
        },
      ],
    },
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${exportId}` },
    type: 'collection',
    timestamp: meta.generatedAt,
  };
  return `${JSON.stringify(head).slice(0, -1)},"entry":[`;
}

export function bundleEntry(fullUrl: string, resource: unknown, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify({ fullUrl, resource })}`;
}

export const BUNDLE_CLOSING = ']}';
