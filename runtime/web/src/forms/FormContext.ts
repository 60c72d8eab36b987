// What our JSON Forms renderers need beyond JSON Forms: translations, access per field, server issues, pickers.
import { createContext, useContext } from 'react';
import type { ClientConfig } from '../api/types';
import type { FieldAccess } from '../records/clientAbility';

export interface FormContextValue {
  formId: string;
  lang: string;
  timeZone: string;
  /** Translates configuration keys (labels, options). */
  ct: (key: string | undefined, params?: Record<string, unknown>) => string;
  /** Access of a permission path (`child.name`, `family.age`). */
  access: (path: string) => FieldAccess;
  /** Server validation messages by data path (`family.0.name`), shown after a submit. */
  issues: ReadonlyMap<string, string[]>;
  /** The whole form is read-only (stage, permission or a view of a past form). */
  readOnly: boolean;
  districts: ClientConfig['districts'];
  offices: ClientConfig['offices'];
  /** The record being edited (absent while registering a new one: files can be added once it is saved). */
  recordId?: string;
  /** The record's district, to list its offices first. */
  district?: string;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

/** The form context inside a renderer. */
export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('renderer outside FormView');
  return value;
}
