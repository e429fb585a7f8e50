import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AVATAR_COLOURS, type AvatarColour } from '../../core/social/room.ts';
import { uuidV4 } from '../../core/ids.ts';
import { preparedRoomPlan } from '../hub/roomHandoff.ts';
import { JoinPage } from './JoinPage.tsx';
import { SocialApp } from './SocialApp.tsx';

/** A paired headset keeps its pairing here (experience/pairing/device.ts writes it). */
const DEVICE_KEY = 'hafan.device';

function deviceToken(): string | null {
  try {
    const d = JSON.parse(localStorage.getItem(DEVICE_KEY) ?? 'null') as { token?: unknown } | null;
    return typeof d?.token === 'string' ? d.token : null;
  } catch {
    return null;
  }
}

/**
 * /join: the family's page. /room/<id>: a headset or a member of staff in the room, on a screen
 * or in a headset; the name and colour come from the query (the console's "join" links set them).
 */
export function mount(root: HTMLElement): void {
  const path = window.location.pathname;
  const params = new URLSearchParams(window.location.search);
  const roomId = /^\/room\/([0-9a-f-]{36})/.exec(path)?.[1];
  const lang = params.get('lang') === 'cy' ? 'cy' : 'en';
  const colour = (AVATAR_COLOURS as readonly string[]).includes(params.get('colour') ?? '')
    ? (params.get('colour') as AvatarColour)
    : 'sky';
  // A member of staff joining from the console's link (`staff=1`) is themselves, by their
  // sign-in, even on a paired headset's browser: its device token is not theirs to use.
  const asStaff = params.get('staff') === '1';
  const token = asStaff ? null : deviceToken();
  // Staff sent this headset here from the console: it records its own session for the resident.
  const handoff =
    roomId && token && params.get('from') === 'console' ? preparedRoomPlan(roomId) : null;
  createRoot(root).render(
    <StrictMode>
      {roomId ? (
        <SocialApp
          lang={lang}
          join={{
            roomId,
            name: params.get('name') ?? 'Friend',
            colour,
            token,
            memberSession: handoff ? uuidV4() : params.get('session'),
            asHeadset: handoff !== null,
          }}
          handoff={handoff}
        />
      ) : (
        <JoinPage />
      )}
    </StrictMode>,
  );
}
