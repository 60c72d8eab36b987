// One form of a record rendered by JSON Forms with our renderers, translated, with access and server issues per field.
import { useMemo, useRef, useState } from 'react';
import { JsonForms } from '@jsonforms/react';
import type { UISchemaElement, JsonSchema as CoreSchema } from '@jsonforms/core';
import type { FormDefinition } from '../api/types';
import { useApp } from '../app/AppContext';
import type { FieldAccess } from '../records/clientAbility';
import { createEvalFreeAjv } from './evalFreeAjv';
import { FormContext, type FormContextValue } from './FormContext';
import { renderers } from './renderers';

const ajv = createEvalFreeAjv();

export interface FormViewProps {
  form: FormDefinition;
  data: Record<string, unknown>;
  onChange?: (data: Record<string, unknown>) => void;
  access: (path: string) => FieldAccess;
  issues?: ReadonlyMap<string, string[]>;
  readOnly: boolean;
  district?: string;
  recordId?: string;
}

const noIssues: ReadonlyMap<string, string[]> = new Map();

/** Renders a form; changes go to onChange (JSON Forms validation is off: the server validates every save). */
export function FormView({ form, data, onChange, access, issues = noIssues, readOnly, district, recordId }: FormViewProps) {
  const { ct, lang, config } = useApp();
  // JSON Forms keeps the live data itself; feeding every onChange back as `data` can undo a keystroke typed before
  // React re-rendered. So the prop only reaches JSON Forms when it is new data (a reset, a reload), not an echo.
  const emitted = useRef(new WeakSet<object>());
  const [rendered, setRendered] = useState(data);
  if (data !== rendered && !emitted.current.has(data)) setRendered(data);
  const context = useMemo<FormContextValue>(
    () => ({ formId: form.id, lang, timeZone: config.state.timeZone, ct, access, issues, readOnly, districts: config.districts, offices: config.offices, ...(district ? { district } : {}), ...(recordId ? { recordId } : {}) }),
    [form.id, lang, config, ct, access, issues, readOnly, district, recordId],
  );
  return (
    <FormContext.Provider value={context}>
      <div className="form-view">
        <JsonForms
          schema={form.schema as CoreSchema}
          uischema={form.uischema as unknown as UISchemaElement}
          data={rendered}
          renderers={renderers}
          cells={[]}
          ajv={ajv}
          validationMode="NoValidation"
          readonly={readOnly}
          onChange={({ data: next }) => {
            if (!onChange || next === rendered || emitted.current.has(next as object)) return;
            emitted.current.add(next as object);
            onChange(next as Record<string, unknown>);
          }}
        />
      </div>
    </FormContext.Provider>
  );
}
