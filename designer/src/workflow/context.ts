// What the workflow panels need from the designer: the draft, texts in the chosen language, pickers and a way to edit.
import type { ConfigFiles } from '../draft/types.ts';
import type { Language } from './fields.tsx';
import type { Pickers } from './ParamsForm.tsx';
import type { DraftEdit, Texts } from './workflowEdits.ts';
import type { WorkflowConfig } from './model.ts';

export interface WorkflowContext {
  files: ConfigFiles;
  slug: string;
  workflowPath: string;
  workflow: WorkflowConfig;
  languages: Language[];
  /** A translation key's text in the chosen label language (the key itself when missing). */
  text(key: string | undefined): string;
  /** A translation key's texts in every state language. */
  texts(key: string | undefined): Texts;
  pickers: Pickers;
  /** Date fields `<formId>.<path>` a deadline may start from. */
  dateFields: { value: string; label: string }[];
  /** Makes one undoable edit. */
  apply(label: string, edit: (draft: DraftEdit) => void): void;
}
