import { registerSW } from 'virtual:pwa-register';
import { createUpdateGate } from '../../core/offline/updateGate.ts';
import {
  DEFAULT_CONFIG,
  configure,
  sessionStore,
  type SessionConfig,
  type Stage,
} from '../session/sessionStore.ts';

/** How often an idle headset asks whether there is a new build (it also asks after a session). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The worker is registered once the start screen has been idle this long: on a first visit its
 * downloads (about 4.7 MB) then never compete with a session's frames or the Wi-Fi it needs.
 */
const IDLE_BEFORE_INSTALL_MS = 3000;

/**
 * How long the start screen must have been back before a waiting build takes over. The start
 * screen fetches its scene pictures as it appears; a worker asked to take over while the old one
 * is still answering such fetches is parked by Chromium (it stays "installed" for up to five
 * minutes), so the update waits for that burst to pass.
 */
const SETTLE_BEFORE_UPDATE_MS = 2000;

const isIdle = (stage: Stage) => stage === 'setup';

/** Calls `fn` once the app has stayed idle for `ms`. */
function afterIdle(ms: number, fn: () => void): void {
  let timer: number | undefined;
  let done = false;
  const arm = (stage: Stage) => {
    window.clearTimeout(timer);
    if (done || !isIdle(stage)) return;
    timer = window.setTimeout(() => {
      done = true;
      unsubscribe();
      fn();
    }, ms);
  };
  const unsubscribe = sessionStore.subscribe((s, prev) => {
    if (s.stage !== prev.stage) arm(s.stage);
  });
  arm(sessionStore.getState().stage);
}

/** The start screen's choices, carried across the reload into a new build. */
const CARRIED_CONFIG_KEY = 'hafan.configAcrossUpdate';

function carryConfigAcrossReload(): void {
  sessionStorage.setItem(CARRIED_CONFIG_KEY, JSON.stringify(sessionStore.getState().config));
}

function restoreCarriedConfig(): void {
  const raw = sessionStorage.getItem(CARRIED_CONFIG_KEY);
  if (!raw) return;
  sessionStorage.removeItem(CARRIED_CONFIG_KEY);
  try {
    const saved = JSON.parse(raw) as Partial<SessionConfig>;
    // Only fields the app knows, of the right type: a new build may have changed the rest.
    const patch: Partial<SessionConfig> = {};
    for (const key of Object.keys(DEFAULT_CONFIG) as (keyof SessionConfig)[]) {
      if (typeof saved[key] === typeof DEFAULT_CONFIG[key])
        Object.assign(patch, { [key]: saved[key] });
    }
    configure(patch);
  } catch {
    // A damaged value: the defaults are fine.
  }
}

/** Offline readiness as attributes on <html>, for staff tools and the browser tests. */
function mark(name: 'hafanOffline' | 'hafanUpdate' | 'hafanNarration', value: string): void {
  document.documentElement.dataset[name] = value;
}

/**
 * Registers the service worker that keeps Hafan working without the network, and takes a new
 * build only while the app is idle on its start screen: a session is never reloaded under a
 * resident. Called once by the resident app, after its first paint.
 */
export function startOfflineSupport(): void {
  document.documentElement.dataset.hafanBuild = __HAFAN_BUILD__;
  restoreCarriedConfig();
  if (!('serviceWorker' in navigator)) {
    mark('hafanOffline', 'unsupported');
    return;
  }
  afterIdle(IDLE_BEFORE_INSTALL_MS, register);
}

let keepingNarration = false;

/** Keeps the deployment's recorded narration on the device while idle (see narrationCache.ts). */
function keepNarration(): void {
  if (keepingNarration || !isIdle(sessionStore.getState().stage)) return;
  keepingNarration = true;
  void import('./narrationCache.ts')
    .then((m) => m.keepNarrationOffline(() => isIdle(sessionStore.getState().stage)))
    .then((r) => {
      if (r) mark('hafanNarration', `${r.stored}/${r.files}`);
    })
    .catch((err: unknown) => console.warn('Hafan could not keep the narration offline', err))
    .finally(() => (keepingNarration = false));
}

let reloading = false;

/**
 * Reloads into the new build, now or on the next return to the start screen. A parked worker
 * (see SETTLE_BEFORE_UPDATE_MS) may take over minutes later, when a session has begun: the
 * session finishes on the old build first.
 */
function reloadWhenIdle(): void {
  if (reloading) return;
  reloading = true;
  const reload = () => {
    carryConfigAcrossReload();
    window.location.reload();
  };
  if (isIdle(sessionStore.getState().stage)) {
    reload();
    return;
  }
  mark('hafanUpdate', 'after-session');
  const unsubscribe = sessionStore.subscribe((s) => {
    if (!isIdle(s.stage)) return;
    unsubscribe();
    reload();
  });
}

function register(): void {
  let registration: ServiceWorkerRegistration | undefined;
  // A new build in charge of this page (asked for by the gate, or on its own: Chromium's timeout
  // for a parked worker, another tab): reload into it, when idle. Our own listener, as
  // workbox-window does not reload a page that had no worker when it opened; a first visit's
  // worker taking control of the page is not a new build.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reloadWhenIdle();
    controlled = true;
  });
  const gate = createUpdateGate({
    idle: isIdle(sessionStore.getState().stage),
    apply: () => {
      mark('hafanUpdate', 'applying');
      // Tells the waiting worker to take over; the controllerchange listener below reloads.
      void updateServiceWorker();
    },
  });
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      mark('hafanUpdate', 'waiting');
      gate.updateWaiting();
    },
    onNeedReload() {
      // The controllerchange listener above reloads.
    },
    onOfflineReady() {
      mark('hafanOffline', 'ready');
      keepNarration();
    },
    onRegisteredSW(_url, reg) {
      registration = reg;
      if (reg?.active && navigator.serviceWorker.controller) {
        mark('hafanOffline', 'ready');
        keepNarration();
      }
      window.setInterval(() => {
        if (isIdle(sessionStore.getState().stage)) void reg?.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(err: unknown) {
      mark('hafanOffline', 'failed');
      // Usually a certificate the browser does not trust: see docs/notes/offline.md.
      console.warn('Hafan could not install its offline support', err);
    },
  });
  // Busy at once; idle only once the start screen has settled (see SETTLE_BEFORE_UPDATE_MS).
  let settle: number | undefined;
  sessionStore.subscribe((s, prev) => {
    if (s.stage === prev.stage) return;
    window.clearTimeout(settle);
    if (!isIdle(s.stage)) {
      gate.activityChanged(false);
      return;
    }
    settle = window.setTimeout(() => {
      if (!isIdle(sessionStore.getState().stage)) return;
      gate.activityChanged(true);
      // Back on the start screen after a session: a good moment to look for a new build, and
      // for recorded lines the deployment has added.
      if (gate.state === 'current') void registration?.update().catch(() => undefined);
      if (gate.state !== 'applied') keepNarration();
    }, SETTLE_BEFORE_UPDATE_MS);
  });
}
