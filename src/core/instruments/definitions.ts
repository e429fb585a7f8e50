import type { InstrumentDefinition, InstrumentItem, LocalText } from './schema.ts';

/**
 * Built-in instruments (wordings from ../shared/CONTENT.md and the published sources). Welsh texts
 * are drafts until reviewed by a Welsh speaker. Licensed scales (SWEMWBS and others) are not
 * shipped: a site that holds a licence adds its own definition.
 */
export const INSTRUMENTS_CY_DRAFT = true;

const txt = (en: string, cy: string): LocalText => ({ en, cy });
const GOV = 'UK Government Statistical Service harmonised standard; free to use with attribution';

const zeroToTen = (minLabel: LocalText, maxLabel: LocalText) =>
  ({ kind: 'scale', min: 0, max: 10, minLabel, maxLabel }) as const;

export const MOOD: InstrumentDefinition = {
  id: 'mood_faces',
  version: '1.0.0',
  title: txt('How I feel', 'Sut rwy’n teimlo'),
  use: 'per_session',
  timings: ['pre', 'post'],
  licence: 'Hafan’s own pictorial scale (MIT)',
  items: [
    {
      linkId: 'mood',
      text: txt('How are you feeling right now?', 'Sut ydych chi’n teimlo ar hyn o bryd?'),
      response: {
        kind: 'choice',
        options: [
          { code: 'very_sad', value: 1, label: txt('Very sad', 'Trist iawn'), pictogram: 'face-1' },
          { code: 'sad', value: 2, label: txt('Sad', 'Trist'), pictogram: 'face-2' },
          { code: 'okay', value: 3, label: txt('Okay', 'Iawn'), pictogram: 'face-3' },
          { code: 'happy', value: 4, label: txt('Happy', 'Hapus'), pictogram: 'face-4' },
          {
            code: 'very_happy',
            value: 5,
            label: txt('Very happy', 'Hapus iawn'),
            pictogram: 'face-5',
          },
        ],
      },
    },
  ],
  scoring: { kind: 'value' },
};

export const SUDS: InstrumentDefinition = {
  id: 'suds',
  version: '1.0.0',
  title: txt('How tense I feel', 'Pa mor dynn rwy’n teimlo'),
  use: 'per_session',
  timings: ['pre', 'post'],
  licence: 'Subjective Units of Distress (Wolpe); public domain',
  items: [
    {
      linkId: 'suds',
      text: txt(
        'How upset or tense do you feel right now?',
        'Pa mor ofidus neu dynn ydych chi’n teimlo ar hyn o bryd?',
      ),
      response: zeroToTen(
        txt('Totally calm', 'Hollol dawel'),
        txt('The most upset you can imagine', 'Y mwyaf gofidus y gallwch ei ddychmygu'),
      ),
    },
  ],
  scoring: { kind: 'value' },
};

export const SICKNESS_CHECK: InstrumentDefinition = {
  id: 'sickness_check',
  version: '1.0.0',
  title: txt('Comfort check', 'Gwiriad cysur'),
  use: 'per_session',
  timings: ['post'],
  licence: 'Hafan’s own single question (MIT)',
  items: [
    {
      linkId: 'sickness',
      text: txt(
        'Do you feel any dizziness, sickness or headache?',
        'Ydych chi’n teimlo unrhyw bendro, salwch neu gur pen?',
      ),
      response: {
        kind: 'choice',
        options: [
          { code: 'no', value: 0, label: txt('No', 'Na') },
          { code: 'a_little', value: 1, label: txt('A little', 'Ychydig') },
          { code: 'a_lot', value: 2, label: txt('A lot', 'Llawer') },
        ],
      },
    },
  ],
  scoring: { kind: 'value' },
};

const notAtAll = txt('Not at all', 'Ddim o gwbl');
const completely = txt('Completely', 'Yn llwyr');

export const ONS4: InstrumentDefinition = {
  id: 'ons4',
  version: '1.0.0',
  title: txt('Personal wellbeing (ONS4)', 'Llesiant personol (ONS4)'),
  use: 'periodic',
  timings: ['baseline', 'follow_up'],
  licence: GOV,
  items: [
    [
      'life_satisfaction',
      'Overall, how satisfied are you with your life nowadays?',
      'Yn gyffredinol, pa mor fodlon ydych chi â’ch bywyd y dyddiau hyn?',
    ],
    [
      'worthwhile',
      'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      'Yn gyffredinol, i ba raddau ydych chi’n teimlo bod y pethau rydych chi’n eu gwneud yn eich bywyd yn werth chweil?',
    ],
    [
      'happy_yesterday',
      'Overall, how happy did you feel yesterday?',
      'Yn gyffredinol, pa mor hapus oeddech chi’n teimlo ddoe?',
    ],
    [
      'anxious_yesterday',
      "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious did you feel yesterday?",
      "Ar raddfa lle mae 0 yn 'ddim yn bryderus o gwbl' a 10 yn 'gwbl bryderus', yn gyffredinol, pa mor bryderus oeddech chi’n teimlo ddoe?",
    ],
  ].map(([linkId, en, cy]) => ({
    linkId: linkId!,
    text: txt(en!, cy!),
    response: zeroToTen(notAtAll, completely),
  })),
  scoring: { kind: 'each' },
};

const uclaOptions: InstrumentItem['response'] = {
  kind: 'choice',
  options: [
    { code: 'hardly_ever', value: 1, label: txt('Hardly ever or never', 'Prin byth neu byth') },
    { code: 'some_of_the_time', value: 2, label: txt('Some of the time', 'Weithiau') },
    { code: 'often', value: 3, label: txt('Often', 'Yn aml') },
  ],
};

export const UCLA3: InstrumentDefinition = {
  id: 'ucla3',
  version: '1.0.0',
  title: txt('Loneliness (UCLA 3-item)', 'Unigrwydd (UCLA 3 eitem)'),
  use: 'periodic',
  timings: ['baseline', 'follow_up'],
  licence: GOV,
  loincPanel: '106418-7',
  items: [
    {
      linkId: 'companionship',
      text: txt(
        'How often do you feel that you lack companionship?',
        'Pa mor aml ydych chi’n teimlo nad oes gennych gwmni?',
      ),
      response: uclaOptions,
    },
    {
      linkId: 'left_out',
      text: txt(
        'How often do you feel left out?',
        'Pa mor aml ydych chi’n teimlo eich bod wedi’ch gadael allan?',
      ),
      response: uclaOptions,
    },
    {
      linkId: 'isolated',
      loinc: '66867-3',
      text: txt(
        'How often do you feel isolated from others?',
        'Pa mor aml ydych chi’n teimlo’n ynysig oddi wrth eraill?',
      ),
      response: uclaOptions,
    },
  ],
  scoring: { kind: 'sum', items: ['companionship', 'left_out', 'isolated'] },
};

export const ONS_LONELINESS: InstrumentDefinition = {
  id: 'ons_loneliness',
  version: '1.0.0',
  title: txt('Loneliness (direct question)', 'Unigrwydd (cwestiwn uniongyrchol)'),
  use: 'periodic',
  timings: ['baseline', 'follow_up'],
  licence: GOV,
  loincPanel: '100951-3',
  items: [
    {
      linkId: 'lonely',
      text: txt('How often do you feel lonely?', 'Pa mor aml ydych chi’n teimlo’n unig?'),
      response: {
        kind: 'choice',
        options: [
          { code: 'often_always', value: 1, label: txt('Often or always', 'Yn aml neu bob amser') },
          { code: 'some_of_the_time', value: 2, label: txt('Some of the time', 'Weithiau') },
          { code: 'occasionally', value: 3, label: txt('Occasionally', 'Yn achlysurol') },
          { code: 'hardly_ever', value: 4, label: txt('Hardly ever', 'Prin byth') },
          { code: 'never', value: 5, label: txt('Never', 'Byth') },
        ],
      },
    },
  ],
  scoring: { kind: 'category' },
};
