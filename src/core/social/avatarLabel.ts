import type { MemberView } from './messages.ts';

/** The words a label needs, in the viewer's language. */
export interface LabelWords {
  muted: string;
  staff: string;
}

/**
 * The name label over someone's head: their name, "Staff" for a member of staff (residents and
 * family should know who is there to help; not twice when their name is just "Staff"), and
 * "Muted" while muted.
 */
export function avatarLabel(
  member: Pick<MemberView, 'name' | 'kind' | 'muted'>,
  words: LabelWords,
) {
  let text = member.name;
  const saysStaff = member.name.trim().toLowerCase() === words.staff.toLowerCase();
  if (member.kind === 'staff' && !saysStaff) text += ` (${words.staff})`;
  if (member.muted) text += ` · ${words.muted}`;
  return text;
}
