import { useState, type FormEvent } from 'react';
import type { Role } from '../../core/schemas/accounts.ts';
import type { SetupLinkIssued, SiteView, UserView } from '../../core/schemas/auth.ts';
import { api } from '../api.ts';
import { AdminTable, RowAction } from './AdminTable.tsx';
import { useConsoleSession } from '../auth/session.ts';
import { errorText, useList } from './useList.ts';

const ROLES: { value: Role; label: string }[] = [
  { value: 'staff', label: 'Care staff' },
  { value: 'researcher', label: 'Researcher' },
  { value: 'admin', label: 'Administrator' },
];

/** Accounts: add one (→ a one-time link to hand over), change role, disable, reset. */
export function UsersAdmin() {
  const meId = useConsoleSession((s) => s.me?.user.id);
  const { items: users, error, reload } = useList<UserView>('/api/users', 'users');
  const { items: sites } = useList<SiteView>('/api/sites', 'sites');
  const [form, setForm] = useState({
    username: '',
    displayName: '',
    role: 'staff' as Role,
    siteId: '',
  });
  const [link, setLink] = useState<SetupLinkIssued | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const siteOf = (id: string | null) =>
    id ? (sites?.find((s) => s.id === id)?.name ?? '') : 'All sites';

  const run = async (fn: () => Promise<void>) => {
    setMessage(null);
    try {
      await fn();
      reload();
    } catch (err) {
      setMessage(errorText(err));
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const siteId =
      form.role === 'staff' ? form.siteId || sites?.[0]?.id || null : form.siteId || null;
    void run(async () => {
      setLink(await api<SetupLinkIssued>('POST', '/api/users', { ...form, siteId }));
      setForm({ username: '', displayName: '', role: 'staff', siteId: '' });
    });
  };
  const change = (
    u: UserView,
    patch: Partial<{ role: Role; disabled: boolean; siteId: string | null }>,
  ) =>
    run(async () => {
      await api('PATCH', `/api/users/${u.id}`, patch);
    });
  const reset = (u: UserView) =>
    run(async () => setLink(await api<SetupLinkIssued>('POST', `/api/users/${u.id}/reset`)));

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Accounts</h2>
      {link && (
        <div className="pairing-code-card" role="status" data-testid="setup-link">
          <p>
            Give this link to <strong>{link.user.displayName}</strong>. It works once, for 24 hours:
          </p>
          <p className="setup-link">
            <code>{`${window.location.origin}${link.setupPath}`}</code>
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard?.writeText(`${window.location.origin}${link.setupPath}`)
            }
          >
            Copy link
          </button>
          <button type="button" className="button quiet" onClick={() => setLink(null)}>
            Done
          </button>
        </div>
      )}
      <form className="inline-form" onSubmit={add}>
        <label htmlFor="user-username">Username</label>
        <input
          id="user-username"
          required
          autoCapitalize="none"
          value={form.username}
          onChange={(e) => setForm({ ...form, username: e.target.value })}
        />
        <label htmlFor="user-name">Name</label>
        <input
          id="user-name"
          required
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
        />
        <label htmlFor="user-role">Role</label>
        <select
          id="user-role"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <label htmlFor="user-site">Site</label>
        <select
          id="user-site"
          value={form.siteId}
          onChange={(e) => setForm({ ...form, siteId: e.target.value })}
        >
          {form.role !== 'staff' && <option value="">All sites</option>}
          {sites?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary">
          Add account
        </button>
      </form>
      {message && <p role="alert">{message}</p>}
      {error && <p role="alert">{error}</p>}
      {users && (
        <AdminTable
          columns={['Name', 'Username', 'Role', 'Site', 'State']}
          rows={users}
          rowKey={(u) => u.id}
          cells={(u) => [
            u.displayName,
            u.username,
            <select
              aria-label={`Role of ${u.displayName}`}
              value={u.role}
              disabled={u.id === meId}
              onChange={(e) => {
                const role = e.target.value as Role;
                void change(
                  u,
                  role === 'staff' && !u.siteId
                    ? { role, siteId: sites?.[0]?.id ?? null }
                    : { role },
                );
              }}
            >
              {ROLES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>,
            siteOf(u.siteId),
            u.disabled ? 'Disabled' : u.hasPassword ? 'Active' : 'Link not used yet',
          ]}
          actions={(u) => (
            <>
              <RowAction
                label="New link"
                subject={`for ${u.displayName}`}
                variant="quiet"
                onClick={() => void reset(u)}
              />
              {u.id !== meId && (
                <RowAction
                  label={u.disabled ? 'Enable' : 'Disable'}
                  subject={u.displayName}
                  variant={u.disabled ? 'plain' : 'danger'}
                  onClick={() => void change(u, { disabled: !u.disabled })}
                />
              )}
            </>
          )}
        />
      )}
    </section>
  );
}
