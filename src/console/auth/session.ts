import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SignedIn } from '../../core/schemas/auth.ts';
import { ApiFailure, api, setCsrfToken } from '../api.ts';

/** Who is signed in to the console. Actions are plain functions (tests and the hub call them). */
export interface ConsoleSession {
  state: 'loading' | 'signed_out' | 'signed_in';
  me: SignedIn | null;
}

export const consoleSession = createStore<ConsoleSession>(() => ({ state: 'loading', me: null }));

export function useConsoleSession<T>(selector: (s: ConsoleSession) => T): T {
  return useStore(consoleSession, selector);
}

function signedIn(me: SignedIn): void {
  setCsrfToken(me.csrfToken);
  consoleSession.setState({ state: 'signed_in', me });
}

export function signedOut(): void {
  setCsrfToken(null);
  consoleSession.setState({ state: 'signed_out', me: null });
}

export async function loadSession(): Promise<void> {
  try {
    signedIn(await api<SignedIn>('GET', '/api/auth/me'));
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) return signedOut();
    throw err;
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  signedIn(await api<SignedIn>('POST', '/api/auth/sign-in', { username, password }));
}

export async function completeSetup(token: string, password: string): Promise<void> {
  signedIn(await api<SignedIn>('POST', '/api/auth/setup', { token, password }));
}

export async function signOut(everywhere = false): Promise<void> {
  await api('POST', everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out').catch(
    () => undefined,
  );
  signedOut();
}
