// Chooses the app by path and loads only its chunk: /console and /research never download
// three.js (the resident app's chunk holds it).
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

async function start(el: HTMLElement): Promise<void> {
  const path = window.location.pathname;
  if (path.startsWith('/console/admin/health')) {
    return (await import('./console/admin/health.tsx')).mount(el);
  }
  if (path.startsWith('/console/quick-start')) {
    return (await import('./console/quickStart/main.tsx')).mount(el);
  }
  if (path.startsWith('/console/rooms')) {
    return (await import('./console/social/main.tsx')).mount(el);
  }
  if (path.startsWith('/console')) return (await import('./console/main.tsx')).mount(el);
  if (path.startsWith('/research')) return (await import('./research/researchPages.tsx')).mount(el);
  const social = path === '/join' || path.startsWith('/room/');
  // Test and dev builds only: an emulated headset, installed before the XR store is created.
  if (__HAFAN_EMULATOR__ && new URLSearchParams(window.location.search).has('emulate')) {
    await (await import('./experience/xr/emulator.ts')).installEmulator();
    const probe = await import('./experience/audio/renderProbe.ts');
    window.__hafanRenderAmbience = probe.renderAmbience;
  }
  if (social) return (await import('./experience/social/main.tsx')).mount(el);
  return (await import('./experience/main.tsx')).mount(el);
}

start(root).catch((err: unknown) => {
  console.error(err);
  root.textContent = 'Hafan could not start. Please reload the page.';
});
