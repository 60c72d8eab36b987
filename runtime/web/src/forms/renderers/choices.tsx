// Choices: one of a few (radio), one of many (select), district and office pickers, several (checkboxes), yes/no.
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useTranslation } from 'react-i18next';
import type { JsonSchema } from '../../api/types';
import type { FormContextValue } from '../FormContext';
import { FieldShell, ReadOnlyField, useField, type FieldState } from './useField';

interface Option {
  value: string | boolean;
  label: string;
  group?: string;
}

function optionsOf(schema: JsonSchema, ctx: FormContextValue): Option[] {
  if (schema['x-widget'] === 'district') {
    const allowed = new Set((schema.enum ?? []).map(String));
    return ctx.districts.filter((d) => allowed.size === 0 || allowed.has(d.code)).map((d) => ({ value: d.code, label: d.name }));
  }
  if (schema['x-widget'] === 'office') {
    const allowed = new Set((schema.enum ?? []).map(String));
    const offices = ctx.offices.filter((o) => allowed.size === 0 || allowed.has(o.id));
    // The record's own district first: that is almost always the office meant.
    const sorted = [...offices].sort((a, b) => Number(b.district === ctx.district) - Number(a.district === ctx.district));
    return sorted.map((o) => ({ value: o.id, label: o.name, group: ctx.districts.find((d) => d.code === o.district)?.name ?? o.district }));
  }
  return (schema.oneOf ?? []).map((o) => ({ value: o.const as string, label: ctx.ct(o.title) }));
}

function RadioGroup({ field, options, value, onChange, name }: { field: FieldState; options: Option[]; value: unknown; onChange: (v: unknown) => void; name: string }) {
  return (
    <FieldShell field={field} group>
      <div className="options" role="radiogroup" aria-invalid={field.issues.length > 0 || undefined} aria-required={field.required || undefined}>
        {options.map((option, i) => (
          <label key={String(option.value)} className="option">
            <input type="radio" id={`${field.id}-${i}`} name={`${field.id}-${name}`} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldShell>
  );
}

function SelectInput({ field, options, value, onChange }: { field: FieldState; options: Option[]; value: unknown; onChange: (v: unknown) => void }) {
  const { t } = useTranslation();
  const groups = [...new Set(options.map((o) => o.group).filter((g): g is string => !!g))];
  const render = (list: Option[]) => list.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>);
  return (
    <FieldShell field={field}>
      <select id={field.id} value={value === undefined || value === null ? '' : String(value)} aria-describedby={field.describedBy} aria-invalid={field.issues.length > 0 || undefined} aria-required={field.required || undefined} onChange={(e) => onChange(e.target.value === '' ? undefined : options.find((o) => String(o.value) === e.target.value)?.value)}>
        <option value="">{t('form.select')}</option>
        {groups.length > 1 ? groups.map((g) => <optgroup key={g} label={g}>{render(options.filter((o) => o.group === g))}</optgroup>) : render(options)}
      </select>
    </FieldShell>
  );
}

function Choice(props: ControlProps) {
  const field = useField(props);
  if (field.hidden) return null;
  if (field.readOnly) return <ReadOnlyField field={field} value={props.data} />;
  const options = optionsOf(field.schema, field.ctx);
  const onChange = (v: unknown) => props.handleChange(props.path, v);
  const widget = field.schema['x-widget'];
  const asRadio = widget === 'radio' || (widget !== 'select' && widget !== 'district' && widget !== 'office' && options.length <= 4);
  return asRadio ? <RadioGroup field={field} options={options} value={props.data} onChange={onChange} name="choice" /> : <SelectInput field={field} options={options} value={props.data} onChange={onChange} />;
}

function YesNo(props: ControlProps) {
  const { t } = useTranslation();
  const field = useField(props);
  if (field.hidden) return null;
  if (field.readOnly) return <ReadOnlyField field={field} value={props.data} />;
  const options: Option[] = [
    { value: true, label: t('form.yes') },
    { value: false, label: t('form.no') },
  ];
  return <RadioGroup field={field} options={options} value={props.data} onChange={(v) => props.handleChange(props.path, v)} name="yesno" />;
}

function Checkboxes(props: ControlProps) {
  const field = useField(props);
  if (field.hidden) return null;
  if (field.readOnly) return <ReadOnlyField field={field} value={props.data} />;
  const options = field.schema.items ? optionsOf(field.schema.items, field.ctx) : [];
  const selected = Array.isArray(props.data) ? (props.data as unknown[]) : [];
  const toggle = (value: unknown, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the configuration's order, whatever the order of clicks.
    const ordered = options.map((o) => o.value).filter((v) => next.includes(v));
    props.handleChange(props.path, ordered.length ? ordered : undefined);
  };
  return (
    <FieldShell field={field} group>
      <div className="options checkboxes">
        {options.map((option, i) => (
          <label key={String(option.value)} className="option">
            <input type="checkbox" id={`${field.id}-${i}`} checked={selected.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </FieldShell>
  );
}

export const ChoiceControl = withJsonFormsControlProps(Choice);
export const YesNoControl = withJsonFormsControlProps(YesNo);
export const CheckboxesControl = withJsonFormsControlProps(Checkboxes);
