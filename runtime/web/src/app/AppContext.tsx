// What every screen needs: the signed-in user, the state's client configuration, translators and formatters.
import { createContext, useContext } from 'react';
import type { ClientConfig, User } from '../api/types';
import type { ClientAbility } from '../records/clientAbility';

export interface AppState {
  user: User;
  config: ClientConfig;
  ability: ClientAbility;
  /** The user's language (one of the state's). */
  lang: string;
  /** Translates a configuration key (form labels, stages, events, districts) with the state's texts. */
  ct: (key: string | undefined, params?: Record<string, unknown>) => string;
  changeLanguage: (lang: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const AppContext = createContext<AppState | undefined>(undefined);

/** The app state of a signed-in screen. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside a signed-in screen');
  return state;
}

/** Makes the configuration translator for a config's messages (missing keys show as themselves, never blank). */
export function createConfigTranslator(messages: Record<string, string>) {
  return (key: string | undefined, params: Record<string, unknown> = {}): string => {
    if (!key) return '';
    const text = messages[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
