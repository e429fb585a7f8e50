import type { InstrumentDefinition, LocalText } from './schema.ts';

/** Simulator Sickness Questionnaire (Kennedy et al. 1993), for research: 16 symptoms, 0–3. */
const SYMPTOMS: [string, string, string][] = [
  ['general_discomfort', 'General discomfort', 'Anghysur cyffredinol'],
  ['fatigue', 'Fatigue', 'Blinder'],
  ['headache', 'Headache', 'Cur pen'],
  ['eye_strain', 'Eye strain', 'Straen ar y llygaid'],
  ['difficulty_focusing', 'Difficulty focusing', 'Anhawster canolbwyntio’r llygaid'],
  ['increased_salivation', 'Increased salivation', 'Mwy o boer'],
  ['sweating', 'Sweating', 'Chwysu'],
  ['nausea', 'Nausea', 'Cyfog'],
  ['difficulty_concentrating', 'Difficulty concentrating', 'Anhawster canolbwyntio'],
  ['fullness_of_head', 'Fullness of head', 'Pen yn teimlo’n llawn'],
  ['blurred_vision', 'Blurred vision', 'Golwg aneglur'],
  ['dizzy_eyes_open', 'Dizziness (eyes open)', 'Pendro (llygaid ar agor)'],
  ['dizzy_eyes_closed', 'Dizziness (eyes closed)', 'Pendro (llygaid ar gau)'],
  ['vertigo', 'Vertigo', 'Fertigo'],
  ['stomach_awareness', 'Stomach awareness', 'Ymwybyddiaeth o’r stumog'],
  ['burping', 'Burping', 'Torri gwynt'],
];

const t = (en: string, cy: string): LocalText => ({ en, cy });

export const SSQ: InstrumentDefinition = {
  id: 'ssq',
  version: '1.0.0',
  title: t('Simulator Sickness Questionnaire', 'Holiadur Salwch Efelychydd'),
  use: 'research',
  timings: ['post'],
  licence: 'Kennedy, Lane, Berbaum & Lilienthal (1993); published scoring weights',
  items: SYMPTOMS.map(([linkId, en, cy]) => ({
    linkId,
    text: t(en, cy),
    response: {
      kind: 'choice',
      options: [
        { code: 'none', value: 0, label: t('None', 'Dim') },
        { code: 'slight', value: 1, label: t('Slight', 'Ychydig') },
        { code: 'moderate', value: 2, label: t('Moderate', 'Cymedrol') },
        { code: 'severe', value: 3, label: t('Severe', 'Difrifol') },
      ],
    },
  })),
  scoring: {
    kind: 'weighted_subscales',
    subscales: [
      {
        id: 'nausea',
        weight: 9.54,
        items: [
          'general_discomfort',
          'increased_salivation',
          'sweating',
          'nausea',
          'difficulty_concentrating',
          'stomach_awareness',
          'burping',
        ],
      },
      {
        id: 'oculomotor',
        weight: 7.58,
        items: [
          'general_discomfort',
          'fatigue',
          'headache',
          'eye_strain',
          'difficulty_focusing',
          'difficulty_concentrating',
          'blurred_vision',
        ],
      },
      {
        id: 'disorientation',
        weight: 13.92,
        items: [
          'difficulty_focusing',
          'nausea',
          'fullness_of_head',
          'blurred_vision',
          'dizzy_eyes_open',
          'dizzy_eyes_closed',
          'vertigo',
        ],
      },
    ],
    total: { weight: 3.74 },
  },
};
