/**
 * Resident-facing strings in English and Welsh. Welsh text is a draft until a Welsh speaker has
 * reviewed it (CY_REVIEWED stays false until then, and the UI marks it as draft).
 */

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];
export const CY_REVIEWED = false;

export const en = {
  'app.title': 'Hafan',
  'app.tagline': 'A calm place to rest',
  'app.loading': 'Getting ready…',
  'app.enterVr': 'Begin',
  'app.enter2d': 'Begin on this screen',
  'app.noVr': 'This device has no headset mode, so the scene opens on the screen.',
  'app.chooseLength': 'How long would you like?',
  'app.minutes': '{n} minutes',
  'app.chooseLanguage': 'Language',
  'app.leave': 'Leave',
  'app.leaveHint': 'Press B or Y, or look at Leave, to finish at any time',
  'app.dragToLook': 'Drag to look around',
  'app.thanks': 'Thank you. Take your time.',
  'app.finished': 'Your session has finished.',
  'app.again': 'Start again',
  'app.draft': 'Draft translation',
  'lang.en': 'English',
  'lang.cy': 'Cymraeg',
  'breath.in': 'Breathe in',
  'breath.top_up': 'A little more',
  'breath.hold_in': 'Hold gently',
  'breath.out': 'Breathe out',
  'breath.hold_out': 'Rest',
  'scene.beach.title': 'Beach at sunset',
  'scene.beach.description': 'A quiet beach as the sun goes down, with slow waves and a warm sky.',
  'beach.intro.1': 'Welcome. You are sitting on a quiet beach as the sun goes down.',
  'beach.intro.2': 'Let your shoulders soften, and rest your hands.',
  'beach.intro.3':
    'Watch the soft light. It grows as you breathe in, and fades as you breathe out.',
  'beach.practice.1': 'Breathe in slowly through your nose, and out gently, like the waves.',
  'beach.practice.2': 'There is nothing you need to do. Just follow the light.',
  'beach.outro.1': 'Let your breathing return to its own rhythm.',
  'beach.outro.2': 'Notice the warmth of the evening, and the sound of the sea.',
  'beach.outro.3': 'When you are ready, the beach will slowly fade. Thank you.',
} as const;

export type MessageKey = keyof typeof en;

export const cy: Record<MessageKey, string> = {
  'app.title': 'Hafan',
  'app.tagline': 'Lle tawel i orffwys',
  'app.loading': 'Yn paratoi…',
  'app.enterVr': 'Dechrau',
  'app.enter2d': 'Dechrau ar y sgrin hon',
  'app.noVr': 'Does dim modd clustffon ar y ddyfais hon, felly mae’r olygfa’n agor ar y sgrin.',
  'app.chooseLength': 'Pa mor hir hoffech chi?',
  'app.minutes': '{n} munud',
  'app.chooseLanguage': 'Iaith',
  'app.leave': 'Gadael',
  'app.leaveHint': 'Pwyswch B neu Y, neu edrychwch ar Gadael, i orffen unrhyw bryd',
  'app.dragToLook': 'Llusgwch i edrych o gwmpas',
  'app.thanks': 'Diolch. Cymerwch eich amser.',
  'app.finished': 'Mae eich sesiwn wedi gorffen.',
  'app.again': 'Dechrau eto',
  'app.draft': 'Cyfieithiad drafft',
  'lang.en': 'Saesneg',
  'lang.cy': 'Cymraeg',
  'breath.in': 'Anadlwch i mewn',
  'breath.top_up': 'Ychydig bach mwy',
  'breath.hold_in': 'Daliwch yn dyner',
  'breath.out': 'Anadlwch allan',
  'breath.hold_out': 'Gorffwyswch',
  'scene.beach.title': 'Traeth ar fachlud haul',
  'scene.beach.description':
    'Traeth tawel wrth i’r haul fachlud, gyda thonnau araf ac awyr gynnes.',
  'beach.intro.1': 'Croeso. Rydych chi’n eistedd ar draeth tawel wrth i’r haul fachlud.',
  'beach.intro.2': 'Gadewch i’ch ysgwyddau ymlacio, a gorffwyswch eich dwylo.',
  'beach.intro.3':
    'Gwyliwch y golau meddal. Mae’n tyfu wrth i chi anadlu i mewn, ac yn pylu wrth i chi anadlu allan.',
  'beach.practice.1': 'Anadlwch i mewn yn araf drwy’ch trwyn, ac allan yn dyner, fel y tonnau.',
  'beach.practice.2': 'Does dim rhaid i chi wneud dim. Dilynwch y golau, dyna i gyd.',
  'beach.outro.1': 'Gadewch i’ch anadl ddychwelyd i’w rhythm ei hun.',
  'beach.outro.2': 'Sylwch ar gynhesrwydd y noswaith, a sŵn y môr.',
  'beach.outro.3': 'Pan fyddwch chi’n barod, bydd y traeth yn pylu’n araf. Diolch yn fawr.',
};

export const CATALOGUES: Readonly<Record<Lang, Record<MessageKey, string>>> = { en, cy };

/** A message with `{name}` placeholders filled in. Unknown placeholders are left as they are. */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = CATALOGUES[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Every string a resident may see, in every language: the font coverage test walks these. */
export function allResidentStrings(): string[] {
  return LANGS.flatMap((lang) => Object.values(CATALOGUES[lang]));
}
