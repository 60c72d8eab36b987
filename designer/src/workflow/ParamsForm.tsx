// A form generated from a guard's parameter JSON Schema: text, numbers, choices, form, role and field pickers, JSON for the rest.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckList } from './fields.tsx';

interface PropSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
  items?: PropSchema;
  properties?: Record<string, PropSchema>;
}

export interface Pickers {
  forms: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  /** Field paths `<formId>.<path>` of the workflow's forms. */
  fields: { value: string; label: string }[];
}

export interface ParamsFormProps {
  schema: Record<string, unknown> | undefined;
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  pickers: Pickers;
  idPrefix: string;
}

const typeOf = (s: PropSchema) => (Array.isArray(s.type) ? s.type[0] : s.type);

/** What kind of picker a string parameter gets, from its name. */
function pickerFor(name: string): 'forms' | 'roles' | 'fields' | undefined {
  if (name === 'form' || name === 'formId') return 'forms';
  if (name === 'role') return 'roles';
  if (name === 'field' || name === 'path' || name === 'from') return 'fields';
  return undefined;
}

export function ParamsForm(props: ParamsFormProps) {
  const { t, i18n } = useTranslation();
  const schema = (props.schema ?? {}) as PropSchema & { required?: string[] };
  // Known parameter names have translated labels; a plugin's own parameters show their name.
  const nameOf = (name: string) => (i18n.exists(`workflow.params.names.${name}`) ? t(`workflow.params.names.${name}`) : name);
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  if (!props.schema) return <JsonField label={t('workflow.params.json')} id={`${props.idPrefix}-json`} value={props.value} onChange={(v) => props.onChange((v as Record<string, unknown>) ?? {})} />;
  if (properties.length === 0) return <p className="muted">{t('workflow.params.none')}</p>;
  const set = (name: string, v: unknown) => {
    const next = { ...props.value };
    if (v === undefined || v === '') delete next[name];
    else next[name] = v;
    props.onChange(next);
  };
  return (
    <div className="wf-params">
      {properties.map(([name, prop]) => {
        const id = `${props.idPrefix}-${name}`;
        const label = `${nameOf(name)}${required.has(name) ? ' *' : ''}`;
        const value = props.value[name];
        const type = typeOf(prop);
        const hint = prop.description ? <span className="hint">{prop.description}</span> : null;
        if (prop.enum) {
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{label}</label>
              {hint}
              <select id={id} value={value === undefined ? '' : String(value)} required={required.has(name)} onChange={(e) => set(name, prop.enum!.find((o) => String(o) === e.target.value))}>
                <option value="">{t('workflow.params.choose')}</option>
                {prop.enum.map((o) => (
                  <option key={String(o)} value={String(o)}>{String(o)}</option>
                ))}
              </select>
            </div>
          );
        }
        if (type === 'string') {
          const picker = pickerFor(name);
          if (picker) {
            const options = picker === 'fields' && name === 'from' ? [{ value: 'now', label: t('workflow.deadline.fromNow') }, ...props.pickers.fields] : props.pickers[picker];
            return (
              <div className="field" key={name}>
                <label htmlFor={id}>{label}</label>
                {hint}
                <select id={id} value={typeof value === 'string' ? value : ''} required={required.has(name)} onChange={(e) => set(name, e.target.value)}>
                  <option value="">{t('workflow.params.choose')}</option>
                  {typeof value === 'string' && value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </select>
              </div>
            );
          }
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{label}</label>
              {hint}
              <input id={id} value={typeof value === 'string' ? value : ''} pattern={prop.pattern} required={required.has(name)} onChange={(e) => set(name, e.target.value)} />
            </div>
          );
        }
        if (type === 'integer' || type === 'number') {
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{label}</label>
              {hint}
              <input
                id={id}
                type="number"
                step={type === 'integer' ? 1 : 'any'}
                min={prop.minimum}
                max={prop.maximum}
                value={typeof value === 'number' ? value : ''}
                required={required.has(name)}
                onChange={(e) => set(name, e.target.value === '' ? undefined : Number(e.target.value))}
              />
            </div>
          );
        }
        if (type === 'boolean') {
          return (
            <div className="wf-check" key={name}>
              <input id={id} type="checkbox" checked={value === true} onChange={(e) => set(name, e.target.checked)} />
              <label htmlFor={id}>{nameOf(name)}</label>
            </div>
          );
        }
        if (type === 'array' && prop.items && typeOf(prop.items) === 'string') {
          const options = prop.items.enum ? prop.items.enum.map((o) => ({ value: String(o), label: String(o) })) : name === 'roles' ? props.pickers.roles : name === 'forms' ? props.pickers.forms : undefined;
          if (options) return <CheckList key={name} legend={label} options={options} selected={Array.isArray(value) ? (value as string[]) : []} onChange={(v) => set(name, v.length ? v : undefined)} />;
        }
        return <JsonField key={name} id={id} label={label} value={value} onChange={(v) => set(name, v)} />;
      })}
    </div>
  );
}

/** A JSON text area for values the form cannot offer otherwise (a condition's schema, nested guards). */
function JsonField(props: { id: string; label: string; value: unknown; onChange(value: unknown): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (props.value === undefined ? '' : JSON.stringify(props.value, null, 2)));
  const [invalid, setInvalid] = useState(false);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={6}
        spellCheck={false}
        className="wf-json"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${props.id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setInvalid(false);
            props.onChange(undefined);
            return;
          }
          try {
            props.onChange(JSON.parse(e.target.value));
            setInvalid(false);
          } catch {
            setInvalid(true);
          }
        }}
      />
      {invalid && <span id={`${props.id}-error`} className="field-error">{t('workflow.params.invalidJson')}</span>}
    </div>
  );
}
