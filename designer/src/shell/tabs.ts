// The designer's tabs, and which tab edits a given configuration file (to follow a clicked issue).
export const tabs = ['forms', 'workflows', 'roles', 'translations', 'publish', 'users'] as const;
export type Tab = (typeof tabs)[number];

/** The tab that edits `file` of state `slug` (state.json and unknown files belong to the forms tab). */
export function tabOfFile(file: string, slug: string): Tab {
  if (file === `workflows/${slug}/roles.json`) return 'roles';
  if (file.startsWith(`workflows/${slug}/`)) return 'workflows';
  if (file.startsWith(`form-definitions/${slug}/i18n/`)) return 'translations';
  return 'forms';
}

/** The state's manifest path. */
export function manifestPath(slug: string): string {
  return `form-definitions/${slug}/state.json`;
}
