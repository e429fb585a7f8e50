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
  // Accounts and pairing (auth): the headset's pairing keypad and its paired/unpaired note.
  'pairing.headsetName': 'This headset: {name}',
  'pairing.waiting': 'Waiting for staff to start a session. You can also choose one here.',
  'pairing.notPaired': 'This headset is not paired yet, so sessions here are not recorded.',
  'pairing.revoked': 'This headset’s pairing was removed by an administrator.',
  'pairing.pair': 'Pair this headset',
  'pairing.tryNote': 'Try a scene — not recorded',
  'pairing.instructions': 'Type the 8-digit code shown on the staff console.',
  'pairing.codeLabel': 'Pairing code',
  'pairing.delete': 'Delete',
  'pairing.submit': 'Pair',
  'pairing.cancel': 'Back',
  'pairing.wrong': 'That code did not work. Check it, or ask for a new one.',
  'pairing.tooMany': 'Too many wrong codes. Please wait a few minutes.',
  'pairing.offline': 'The server cannot be reached. Check the Wi-Fi and try again.',
  'pairing.done': 'Paired as {name}.',
  'app.notRecorded': 'This session was not recorded.',
  // Hub: a session staff prepared from the console.
  'hub.ready': 'Ready — press to begin',
  'hub.readyTitle': 'Your session is ready',
  'hub.readyDetail': '{scene}, {minutes} minutes',
  'hub.readyTogether': 'You will breathe together with the group.',
  // Measures in the session (measures developer).
  'measure.preferNot': 'Prefer not to say',
  'measure.progress': 'Question {n} of {total}',
  'measure.noRush': 'Take your time. It is fine not to answer.',
  'measure.howVr': 'Look at your answer, or point and press',
  'app.details': 'Details for staff',
  'app.storagePersistent': 'This device keeps unsent records safe until they are sent.',
  'app.storageRefused':
    'This browser did not grant lasting storage: if the device runs short of space it may clear records that are not yet sent.',
  'app.storageMemory':
    'This browser cannot store records on the device: records not yet sent are lost if the page closes.',
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
  // Accounts and pairing (auth). Drafts, awaiting review by a Welsh speaker.
  'pairing.headsetName': 'Y penset hwn: {name}',
  'pairing.waiting': 'Yn aros i staff ddechrau sesiwn. Gallwch hefyd ddewis un yma.',
  'pairing.notPaired':
    'Nid yw’r penset hwn wedi’i baru eto, felly nid yw sesiynau yma’n cael eu cofnodi.',
  'pairing.revoked': 'Mae gweinyddwr wedi dileu paru’r penset hwn.',
  'pairing.pair': 'Paru’r penset hwn',
  'pairing.tryNote': 'Rhoi cynnig ar olygfa — heb ei chofnodi',
  'pairing.instructions': 'Teipiwch y cod 8 digid sydd ar gonsol y staff.',
  'pairing.codeLabel': 'Cod paru',
  'pairing.delete': 'Dileu',
  'pairing.submit': 'Paru',
  'pairing.cancel': 'Yn ôl',
  'pairing.wrong': 'Wnaeth y cod yna ddim gweithio. Gwiriwch ef, neu gofynnwch am un newydd.',
  'pairing.tooMany': 'Gormod o godau anghywir. Arhoswch ychydig funudau, os gwelwch yn dda.',
  'pairing.offline':
    'Does dim modd cyrraedd y gweinydd. Gwiriwch y Wi-Fi a rhowch gynnig arall arni.',
  'pairing.done': 'Wedi paru fel {name}.',
  'app.notRecorded': 'Ni chafodd y sesiwn hon ei chofnodi.',
  // Hub (draft Welsh).
  'hub.ready': 'Yn barod — pwyswch i ddechrau',
  'hub.readyTitle': 'Mae eich sesiwn yn barod',
  'hub.readyDetail': '{scene}, {minutes} munud',
  'hub.readyTogether': 'Byddwch yn anadlu gyda’r grŵp.',
  // Measures in the session (measures developer). Draft Welsh.
  'measure.preferNot': 'Gwell gen i beidio â dweud',
  'measure.progress': 'Cwestiwn {n} o {total}',
  'measure.noRush': 'Cymerwch eich amser. Mae’n iawn peidio ag ateb.',
  'measure.howVr': 'Edrychwch ar eich ateb, neu pwyntiwch a gwasgu',
  'app.details': 'Manylion i staff',
  'app.storagePersistent':
    'Mae’r ddyfais hon yn cadw cofnodion heb eu hanfon yn ddiogel nes eu bod wedi’u hanfon.',
  'app.storageRefused':
    'Ni roddodd y porwr hwn storfa barhaol: os bydd y ddyfais yn brin o le, gall glirio cofnodion sydd heb eu hanfon eto.',
  'app.storageMemory':
    'Ni all y porwr hwn storio cofnodion ar y ddyfais: mae cofnodion heb eu hanfon yn cael eu colli os bydd y dudalen yn cau.',
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
