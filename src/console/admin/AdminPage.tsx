import { useEffect, useState } from 'react';
import { ResidentsAdmin } from '../residents/ResidentsAdmin.tsx';
import { HeadsetsAdmin } from './HeadsetsAdmin.tsx';
import { SitesAdmin } from './SitesAdmin.tsx';
import { UsersAdmin } from './UsersAdmin.tsx';

const TABS = [
  { id: 'headsets', label: 'Headsets', View: HeadsetsAdmin },
  { id: 'residents', label: 'Residents', View: ResidentsAdmin },
  { id: 'users', label: 'Accounts', View: UsersAdmin },
  { id: 'sites', label: 'Sites', View: SitesAdmin },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** /console/admin: headsets, accounts and sites (React DOM, no three.js). */
const tabFromHash = (): TabId => {
  const id = window.location.hash.slice(1);
  return TABS.find((t) => t.id === id)?.id ?? 'headsets';
};

export function AdminPage() {
  const [tab, setTab] = useState<TabId>(tabFromHash);
  // The tab is in the address (#users), so links, reloads and Back all land on it.
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const current = TABS.find((t) => t.id === tab)!;
  return (
    <main className="page admin-page">
      <h1>Administration</h1>
      <nav className="tabs" aria-label="Administration">
        {TABS.map((t) => (
          <a key={t.id} href={`#${t.id}`} aria-current={t.id === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      <current.View />
    </main>
  );
}
