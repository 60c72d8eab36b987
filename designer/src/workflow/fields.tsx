// Small labelled inputs the workflow panels share: texts per state language, check lists.
import { useId } from 'react';
import type { Texts } from './workflowEdits.ts';

export interface Language {
  code: string;
  /** The language's own name (from its translations file), e.g. ગુજરાતી. */
  name: string;
}

/** One text input per state language, for a translation key's texts. */
export function TextsFields(props: { legend: string; languages: Language[]; values: Texts; onChange(values: Texts): void; idPrefix: string; required?: boolean }) {
  return (
    <fieldset className="wf-texts">
      <legend>{props.legend}</legend>
      {props.languages.map((lang) => (
        <div className="field" key={lang.code}>
          <label htmlFor={`${props.idPrefix}-${lang.code}`}>{lang.name}</label>
          <input
            id={`${props.idPrefix}-${lang.code}`}
            lang={lang.code}
            value={props.values[lang.code] ?? ''}
            required={props.required}
            onChange={(e) => props.onChange({ ...props.values, [lang.code]: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** A group of checkboxes for picking several ids. */
export function CheckList(props: { legend: string; options: { value: string; label: string }[]; selected: readonly string[]; onChange(selected: string[]): void; empty?: string }) {
  const id = useId();
  return (
    <fieldset className="wf-checks">
      <legend>{props.legend}</legend>
      {props.options.length === 0 && <p className="muted">{props.empty}</p>}
      {props.options.map((o, i) => (
        <div key={o.value} className="wf-check">
          <input
            type="checkbox"
            id={`${id}-${i}`}
            value={o.value}
            checked={props.selected.includes(o.value)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.selected, o.value] : props.selected.filter((v) => v !== o.value))}
          />
          <label htmlFor={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
