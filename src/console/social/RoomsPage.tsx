import { useCallback, useEffect, useState } from 'react';
import { PATTERN_IDS, type PatternId } from '../../core/breathing/patterns.ts';
import type { RoomView } from '../../core/social/messages.ts';
import { INVITE_TTL_CHOICES_MIN } from '../../core/social/invites.ts';
import { api, SCENE_NAMES, type CreatedInvite, type RoomSummary } from './roomsApi.ts';
import { RoomModerator } from './moderator.ts';

const TTL_LABELS: Record<number, string> = {
  60: '1 hour',
  240: '4 hours',
  1440: '1 day',
  10080: '1 week',
};
const KIND = { resident: 'Resident', staff: 'Staff', guest: 'Guest' } as const;

/**
 * Social rooms in the console: open a room, invite family with a short code, then watch who is
 * present and moderate: admit from the waiting room, mute, remove, start group breathing or the
 * lanterns, end the room. React DOM only (no three.js).
 */
export function RoomsPage() {
  const [rooms, setRooms] = useState<RoomSummary[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [scene, setScene] = useState<'tea-party' | 'campfire'>('tea-party');
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api<{ rooms: RoomSummary[] }>('GET', '/api/social/rooms').then(
      (r) => setRooms(r.rooms),
      (e: unknown) => setProblem(String(e instanceof Error ? e.message : e)),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const create = async () => {
    try {
      const r = await api<RoomSummary>('POST', '/api/social/rooms', { scene });
      setSelected(r.room.id);
      refresh();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className="page">
      <h1>Social rooms</h1>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <section aria-labelledby="new-room">
        <h2 id="new-room">Open a room</h2>
        <label htmlFor="room-scene">Scene </label>
        <select
          id="room-scene"
          value={scene}
          onChange={(e) => setScene(e.target.value as typeof scene)}
        >
          {Object.entries(SCENE_NAMES).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>{' '}
        <button onClick={() => void create()}>Open room</button>
      </section>
      <section aria-labelledby="open-rooms">
        <h2 id="open-rooms">Open rooms</h2>
        {rooms.length === 0 && <p>No rooms are open.</p>}
        <ul>
          {rooms.map((r) => (
            <li key={r.room.id}>
              <button aria-pressed={selected === r.room.id} onClick={() => setSelected(r.room.id)}>
                {SCENE_NAMES[r.room.scene]}, opened{' '}
                {new Date(r.room.createdAt).toLocaleTimeString()} —{' '}
                {r.view?.members.filter((m) => m.status === 'admitted').length ?? 0} present
              </button>
            </li>
          ))}
        </ul>
      </section>
      {selected && <RoomPanel key={selected} roomId={selected} onEnded={refresh} />}
    </main>
  );
}

function RoomPanel({ roomId, onEnded }: { roomId: string; onEnded: () => void }) {
  const [view, setView] = useState<RoomView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [moderator] = useState(() => new RoomModerator(roomId, setView, setProblem));
  const [ttl, setTtl] = useState<number>(1440);
  const [label, setLabel] = useState('');
  const [invite, setInvite] = useState<CreatedInvite | null>(null);
  const [pattern, setPattern] = useState<PatternId>('coherent');

  useEffect(() => {
    moderator.start();
    return () => moderator.stop();
  }, [moderator]);

  const makeInvite = async () => {
    try {
      setInvite(
        await api<CreatedInvite>('POST', `/api/social/rooms/${roomId}/invites`, {
          ttlMin: ttl,
          label: label || null,
        }),
      );
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const present = view?.members.filter((m) => m.status === 'admitted') ?? [];
  const waiting = view?.members.filter((m) => m.status === 'waiting') ?? [];
  const link = invite ? `${location.origin}${invite.path}` : '';
  // staff=1: the room page joins by this sign-in, even on a paired headset's browser
  const joinPath = `/room/${roomId}?name=Staff&colour=sage&staff=1`;

  return (
    <section aria-labelledby="room-heading" className="room-panel">
      <h2 id="room-heading">{view ? SCENE_NAMES[view.scene] : 'Room'}</h2>
      {problem && <p role="alert">{problem}</p>}
      <h3>Waiting to come in ({waiting.length})</h3>
      <ul data-testid="waiting">
        {waiting.map((m) => (
          <li key={m.id}>
            {m.name} ({KIND[m.kind]}){' '}
            <button onClick={() => moderator.command({ type: 'admit', memberId: m.id })}>
              Let {m.name} in
            </button>{' '}
            <button onClick={() => moderator.command({ type: 'remove', memberId: m.id })}>
              Turn away
            </button>
          </li>
        ))}
      </ul>
      <h3>Here now ({present.length} of 8)</h3>
      <table>
        <thead>
          <tr>
            <th>Seat</th>
            <th>Name</th>
            <th>Who</th>
            <th>Microphone</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody data-testid="present">
          {present.map((m) => (
            <tr key={m.id}>
              <td>{m.seat}</td>
              <td>{m.name}</td>
              <td>{KIND[m.kind]}</td>
              <td>{m.mutedByStaff ? 'Muted by staff' : m.muted ? 'Muted by themselves' : 'On'}</td>
              <td>
                <button
                  onClick={() =>
                    moderator.command({ type: 'mute', memberId: m.id, muted: !m.mutedByStaff })
                  }
                >
                  {m.mutedByStaff ? `Unmute ${m.name}` : `Mute ${m.name}`}
                </button>{' '}
                <button onClick={() => moderator.command({ type: 'remove', memberId: m.id })}>
                  Remove {m.name}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Together</h3>
      <label htmlFor="pattern">Breathing </label>
      <select
        id="pattern"
        value={pattern}
        onChange={(e) => setPattern(e.target.value as PatternId)}
      >
        {PATTERN_IDS.map((p) => (
          <option key={p} value={p}>
            {p.replaceAll('_', ' ')}
          </option>
        ))}
      </select>{' '}
      <button
        onClick={() =>
          moderator.command({ type: 'start_activity', activity: 'breathing', pattern })
        }
      >
        Start group breathing
      </button>{' '}
      <button onClick={() => moderator.command({ type: 'start_activity', activity: 'lanterns' })}>
        Lanterns on the water
      </button>{' '}
      <button
        onClick={() => moderator.command({ type: 'stop_activity' })}
        disabled={!view?.activity}
      >
        Stop
      </button>
      <h3>Invite family or friends</h3>
      <label htmlFor="invite-label">Who it is for (staff only) </label>
      <input
        id="invite-label"
        value={label}
        maxLength={60}
        onChange={(e) => setLabel(e.target.value)}
      />{' '}
      <label htmlFor="invite-ttl">Lasts </label>
      <select id="invite-ttl" value={ttl} onChange={(e) => setTtl(Number(e.target.value))}>
        {INVITE_TTL_CHOICES_MIN.map((m) => (
          <option key={m} value={m}>
            {TTL_LABELS[m]}
          </option>
        ))}
      </select>{' '}
      <button onClick={() => void makeInvite()}>Make an invitation</button>
      {invite && (
        <p data-testid="invite">
          Code <strong className="invite-code">{invite.invite.code}</strong>, link{' '}
          <a href={link}>{link}</a>, until {new Date(invite.invite.expiresAt).toLocaleString()}.
        </p>
      )}
      <h3>Join yourself</h3>
      <p>
        <a href={joinPath} target="_blank" rel="noreferrer">
          Join this room on this screen
        </a>
      </p>
      <p data-testid="join-in-headset">
        <a href={joinPath}>Join in a headset</a>: open this page in the headset’s browser (signed in
        to the console there), or type its address: <code>{`${location.origin}${joinPath}`}</code>.
        Then choose “Join in the headset”.
      </p>
      <p>
        <button
          className="danger"
          onClick={() =>
            void api('POST', `/api/social/rooms/${roomId}/end`).then(onEnded, (e: unknown) =>
              setProblem(String(e)),
            )
          }
        >
          End the room for everyone
        </button>
      </p>
    </section>
  );
}
