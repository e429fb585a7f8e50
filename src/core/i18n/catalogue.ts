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
  'app.chooseBreathing': 'Breathing guide',
  'app.chooseScene': 'Where would you like to go?',
  'app.sceneDefault': 'Scene default',
  'app.justListen': 'Just listen (no guide)',
  'pattern.coherent': 'Slow and even',
  'pattern.extended_exhale': 'Longer breath out',
  'pattern.box': 'Box breathing',
  'pattern.four_seven_eight': '4-7-8',
  'pattern.cyclic_sigh': 'Double breath in, long sigh out',
  'menu.pause': 'Pause',
  'menu.paused': 'Paused',
  'menu.resume': 'Carry on',
  'menu.captions': 'Text size',
  'menu.callStaff': 'Call staff',
  'menu.staffCalled': 'A member of staff has been called.',
  'app.saved': 'Everything is saved.',
  'app.unsent': '{n} records are waiting to be sent. They will send when the connection is back.',
  'app.sendNow': 'Send now',
  'breath.top_up': 'A little more',
  'breath.hold_in': 'Hold gently',
  'breath.out': 'Breathe out',
  'breath.hold_out': 'Rest',
  'scene.beach.title': 'Beach at sunset',
  'scene.beach.description': 'A quiet beach as the sun goes down, with slow waves and a warm sky.',
  'scene.glade.title': 'Woodland glade',
  'scene.glade.description': 'A sunny clearing among tall trees, with dappled light and birdsong.',
  'scene.aurora.title': 'Northern lights over a lake',
  'scene.aurora.description': 'A still lake under a starry sky, with slow, soft northern lights.',
  'scene.garden.title': 'Walled garden',
  'scene.garden.description':
    'An old walled garden in summer, with roses, lavender and a fountain.',
  // Narration, comfort and input (issue #3, part B): pause menu additions, posture, staff notes.
  'menu.recentre': 'Recentre view',
  'menu.volume': 'Volume',
  'menu.voice': 'Voice',
  'menu.sounds': 'Sounds',
  'menu.tones': 'Tones',
  'menu.louder': 'Louder',
  'menu.quieter': 'Quieter',
  'menu.level': '{n}%',
  'menu.back': 'Back',
  'menu.dim': 'Dim',
  'menu.dimLevel': 'Dimmed {n} of 2',
  'caption.small': 'Small',
  'caption.large': 'Large',
  'caption.extra_large': 'Extra large',
  'app.choosePosture': 'Sitting or standing?',
  'posture.seated': 'Sitting',
  'posture.standing': 'Standing',
  'app.forStaff': 'For staff:',
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
  'app.chooseBreathing': 'Canllaw anadlu',
  'app.chooseScene': 'Ble hoffech chi fynd?',
  'app.sceneDefault': 'Arferol yr olygfa',
  'app.justListen': 'Gwrando yn unig (dim canllaw)',
  'pattern.coherent': 'Araf a chyson',
  'pattern.extended_exhale': 'Anadl allan hirach',
  'pattern.box': 'Anadlu bocs',
  'pattern.four_seven_eight': '4-7-8',
  'pattern.cyclic_sigh': 'Anadl ddwbl i mewn, ochenaid hir allan',
  'menu.pause': 'Saib',
  'menu.paused': 'Wedi oedi',
  'menu.resume': 'Parhau',
  'menu.captions': 'Maint testun',
  'menu.callStaff': 'Galw staff',
  'menu.staffCalled': 'Mae aelod o staff wedi cael ei alw.',
  'app.saved': 'Mae popeth wedi’i gadw.',
  'app.unsent':
    'Mae {n} cofnod yn aros i gael eu hanfon. Byddan nhw’n cael eu hanfon pan fydd y cysylltiad yn ôl.',
  'app.sendNow': 'Anfon nawr',
  'breath.top_up': 'Ychydig bach mwy',
  'breath.hold_in': 'Daliwch yn dyner',
  'breath.out': 'Anadlwch allan',
  'breath.hold_out': 'Gorffwyswch',
  'scene.beach.title': 'Traeth ar fachlud haul',
  'scene.beach.description':
    'Traeth tawel wrth i’r haul fachlud, gyda thonnau araf ac awyr gynnes.',
  'scene.glade.title': 'Llannerch yn y coed',
  'scene.glade.description': 'Llannerch heulog ymysg coed tal, gyda golau brith a chân adar.',
  'scene.aurora.title': 'Goleuni’r gogledd dros lyn',
  'scene.aurora.description':
    'Llyn llonydd o dan awyr serennog, gyda goleuni’r gogledd araf a meddal.',
  'scene.garden.title': 'Gardd furiog',
  'scene.garden.description': 'Hen ardd furiog yn yr haf, gyda rhosod, lafant a ffynnon.',
  // Narration, comfort and input (issue #3, part B): pause menu additions, posture, staff notes.
  'menu.recentre': 'Canoli’r olygfa',
  'menu.volume': 'Lefel sain',
  'menu.voice': 'Llais',
  'menu.sounds': 'Synau',
  'menu.tones': 'Tonau',
  'menu.louder': 'Uwch',
  'menu.quieter': 'Tawelach',
  'menu.level': '{n}%',
  'menu.back': 'Yn ôl',
  'menu.dim': 'Pylu',
  'menu.dimLevel': 'Wedi pylu {n} o 2',
  'caption.small': 'Bach',
  'caption.large': 'Mawr',
  'caption.extra_large': 'Mawr iawn',
  'app.choosePosture': 'Eistedd neu sefyll?',
  'posture.seated': 'Eistedd',
  'posture.standing': 'Sefyll',
  'app.forStaff': 'I staff:',
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
