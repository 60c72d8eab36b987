// The contract between the designer shell and its editors (forms, workflows, roles, translations).
import type { Issue } from '@suraksha/engine';

/** A state's configuration as files: repository path (e.g. `form-definitions/gujarat/forms/form17.json`) → parsed JSON. */
export type ConfigFiles = Readonly<Record<string, unknown>>;

/** A guard or action the workflows may name, with its parameters as a JSON Schema (from `GET /api/admin/catalog`). */
export interface CatalogEntry {
  name: string;
  plugin: string;
  description?: string;
  params?: Record<string, unknown>;
}

/** What the designer may offer in its pickers (from `GET /api/admin/catalog`). */
export interface Catalog {
  guards: CatalogEntry[];
  actions: CatalogEntry[];
  plugins: string[];
  officeTypes: string[];
  recordActions: string[];
  subjects: string[];
  conditionFields: string[];
}

/** Where the shell wants an editor to take the admin (an issue was clicked). */
export interface Focus {
  file: string;
  pointer: string;
}

/** Props every editor receives from the shell. Editors never fetch or store the draft themselves. */
export interface EditorProps {
  /** State code (GJ) and slug (gujarat). */
  code: string;
  slug: string;
  /** The state's languages, the first is the default. */
  languages: readonly string[];
  /** The current draft. Treat as immutable. */
  files: ConfigFiles;
  /**
   * Makes one undoable edit: replaces whole files (value `undefined` deletes the file). `label` names the edit in the
   * undo history ("Add field child.name"). Several files may change in one edit (a field and its translations).
   */
  update(changes: Readonly<Record<string, unknown>>, label: string): void;
  /** The engine's issues for the current draft (live validation). */
  issues: readonly Issue[];
  /** Set when the admin clicked an issue in one of this editor's files; the editor selects the place. */
  focus?: Focus;
  catalog: Catalog;
  /** The designer's interface language (en, hi, gu, bn). */
  uiLanguage: string;
}
