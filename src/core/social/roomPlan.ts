import type { Lang } from '../i18n/catalogue.ts';
import type { SocialRoomPlan } from '../schemas/sessionPlan.ts';
import { AVATAR_COLOURS, type AvatarColour } from './room.ts';

/**
 * A person's colour in rooms, the same every time: chosen from their id, so a resident keeps
 * their colour from one tea party to the next without anyone having to pick it.
 */
export function colourFor(id: string): AvatarColour {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return AVATAR_COLOURS[h % AVATAR_COLOURS.length]!;
}

/** A room name from a staff-written label, trimmed to what the room's labels show. */
export function roomName(label: string | null | undefined, fallback: string): string {
  const clean = (label ?? '').replace(/[<>\p{Cc}]/gu, '').trim();
  return (clean || fallback).slice(0, 24).trim() || fallback.slice(0, 24);
}

/** The room page a headset opens for a prepared social session. */
export function roomPath(room: SocialRoomPlan, lang: Lang): string {
  const q = new URLSearchParams({ name: room.name, colour: room.colour, lang, from: 'console' });
  return `/room/${room.roomId}?${q.toString()}`;
}
