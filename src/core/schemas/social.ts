import { z } from 'zod';
import {
  INVITE_CODE_LENGTH,
  MAX_INVITE_TTL_MIN,
  DEFAULT_INVITE_TTL_MIN,
} from '../social/invites.ts';
import { DisplayNameSchema, SocialSceneSchema } from '../social/messages.ts';

/** Request bodies of the social room routes; the console and the join page use these too. */

export const CreateRoomSchema = z.strictObject({
  scene: SocialSceneSchema,
  /** Only for a user with every site (an admin): which site the room is for. */
  siteId: z.string().min(1).max(64).optional(),
});

export const CreateInviteSchema = z.strictObject({
  ttlMin: z.int().min(5).max(MAX_INVITE_TTL_MIN).default(DEFAULT_INVITE_TTL_MIN),
  /** Who it is for, for staff ("Mair's daughter"); never shown to anyone else. */
  label: z.string().trim().max(60).nullable().default(null),
});

export const JoinWithCodeSchema = z.strictObject({
  // Loose here (people type dashes and spaces); normaliseInviteCode decides if it can be a code.
  code: z.string().min(INVITE_CODE_LENGTH).max(20),
  name: DisplayNameSchema,
});
export type JoinWithCode = z.infer<typeof JoinWithCodeSchema>;

export interface JoinAnswer {
  token: string;
  guestId: string;
  roomId: string;
  scene: z.infer<typeof SocialSceneSchema>;
  expiresAt: string;
}
