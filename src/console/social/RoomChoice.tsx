import { useEffect, useId, useState } from 'react';
import type { SocialRoomPlan } from '../../core/schemas/sessionPlan.ts';
import { colourFor, roomName } from '../../core/social/roomPlan.ts';
import { api, SCENE_NAMES, type RoomSummary } from './roomsApi.ts';
import './roomChoice.css';

/** A social room chosen in the start flow, with the name each headset's resident has there. */
export interface RoomPick {
  roomId: string;
  scene: SocialRoomPlan['scene'];
  names: Record<string, string>;
}

export interface RoomChoiceHeadset {
  headsetId: string;
  /** The resident's id (for their colour) or null for a guest. */
  residentId: string | null;
  /** What the name starts as: the resident's label, else the headset's name. */
  defaultName: string;
}

/** The room plan for one headset of the pick (null when no room is chosen). */
export function roomPlanFor(pick: RoomPick | null, h: RoomChoiceHeadset): SocialRoomPlan | null {
  if (!pick) return null;
  return {
    roomId: pick.roomId,
    scene: pick.scene,
    name: roomName(pick.names[h.headsetId], roomName(h.defaultName, 'Friend')),
    colour: colourFor(h.residentId ?? h.headsetId),
  };
}

/**
 * "Or join a social room": the site's open rooms. Choosing one sends the headsets into it
 * instead of a relaxation scene (the room's own scene and shared moments then apply).
 */
export function RoomChoice({
  headsets,
  value,
  onChange,
}: {
  headsets: readonly RoomChoiceHeadset[];
  value: RoomPick | null;
  onChange: (pick: RoomPick | null) => void;
}) {
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    const load = () =>
      api<{ rooms: RoomSummary[] }>('GET', '/api/social/rooms')
        .then((r) => live && setRooms(r.rooms))
        .catch(() => live && setRooms([]));
    void load();
    const timer = window.setInterval(() => void load(), 15_000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);

  const choose = (roomId: string) => {
    const r = rooms?.find((x) => x.room.id === roomId);
    onChange(r ? { roomId, scene: r.room.scene, names: {} } : null);
  };

  return (
    <div className="room-choice">
      <label className="field">
        <span>Or a social room</span>
        <select
          value={value?.roomId ?? ''}
          onChange={(e) => choose(e.target.value)}
          data-testid="start-room"
        >
          <option value="">No: a relaxation scene</option>
          {(rooms ?? []).map((r) => (
            <option key={r.room.id} value={r.room.id}>
              {SCENE_NAMES[r.room.scene]}, opened{' '}
              {new Date(r.room.createdAt).toLocaleTimeString('en-GB', {
                hour: '2-digit',
                minute: '2-digit',
              })}
              {r.view
                ? ` (${r.view.members.filter((m) => m.status === 'admitted').length} in)`
                : ''}
            </option>
          ))}
        </select>
      </label>
      {rooms?.length === 0 && (
        <p className="hint">
          No room is open. <a href="/console/rooms">Open one on the rooms page</a>.
        </p>
      )}
      {value &&
        headsets.map((h) => (
          <label key={h.headsetId} className="field">
            <span id={`${id}-${h.headsetId}`}>Name in the room</span>
            <input
              type="text"
              aria-describedby={`${id}-${h.headsetId}`}
              value={value.names[h.headsetId] ?? h.defaultName}
              maxLength={24}
              onChange={(e) =>
                onChange({ ...value, names: { ...value.names, [h.headsetId]: e.target.value } })
              }
            />
          </label>
        ))}
    </div>
  );
}
