// What every screen needs: the signed-in user, the state's client configuration, translators and formatters.
import { createContext, useContext, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ClientConfig, User } from '../api/types';
import { createClientAbility, type ClientAbility } from '../records/clientAbility';

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

// Client configurations of earlier published versions, per user, language and version (records keep their version).
const versions = new Map<string, Promise<ClientConfig>>();
const versionsKept = 20;

/** The client configuration of an earlier version of the user's state, loaded once and cached. */
export function loadConfigVersion(userId: string, lang: string, version: number): Promise<ClientConfig> {
  const key = `${userId}:${lang}:${version}`;
  let loading = versions.get(key);
  if (!loading) {
    loading = api<ClientConfig>('GET', `/api/client-config?version=${version}&lang=${encodeURIComponent(lang)}`);
    loading.catch(() => versions.delete(key));
    versions.set(key, loading);
    if (versions.size > versionsKept) versions.delete(versions.keys().next().value!);
  }
  return loading;
}

/**
 * The app state to render a record with: the current one, or — when the record keeps an earlier configuration
 * version — the same state with that version's configuration (undefined while it loads; the current one if it fails).
 */
export function useRecordApp(configVersion: number | null | undefined): AppState | undefined {
  const app = useApp();
  const wanted = configVersion && app.config.configVersion && configVersion !== app.config.configVersion ? configVersion : undefined;
  const key = wanted ? `${app.user.id}:${app.lang}:${wanted}` : '';
  const [pinned, setPinned] = useState<{ key: string; state: AppState }>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const use = (config: ClientConfig) => live && setPinned({ key, state: { ...app, config, ability: createClientAbility(config.rules), ct: createConfigTranslator(config.messages) } });
    loadConfigVersion(app.user.id, app.lang, wanted).then(use, () => use(app.config));
    return () => {
      live = false;
    };
  }, [wanted, key, app]);
  if (!wanted) return app;
  return pinned?.key === key ? pinned.state : undefined;
}
