import { z } from 'zod';

/**
 * Shared vocabulary for people, places and devices. The server and the console/research pages
 * validate with these same objects.
 */

export const RoleSchema = z.enum(['staff', 'researcher', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/** Who may call a route: a staff role, a paired headset, a social-room guest, or anyone. */
export const AccessSchema = z.enum(['staff', 'researcher', 'admin', 'headset', 'guest', 'public']);
export type Access = z.infer<typeof AccessSchema>;

/** Research consent of a resident; anything but `yes` keeps them out of every export. */
export const ConsentSchema = z.enum(['yes', 'no', 'withdrawn']);
export type Consent = z.infer<typeof ConsentSchema>;

/** A site's own pseudonymous code for a resident (never a name): letters, digits, dashes. */
export const ResidentCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/, 'resident code: 2-32 letters, digits or dashes');
