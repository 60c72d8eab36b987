// Text, long text, numbers, dates and times: native inputs, so phones show the right keyboard and picker.
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { FieldShell, ReadOnlyField, useField } from './useField';

const inputTypes: Record<string, string> = { date: 'date', time: 'time', 'date-time': 'datetime-local', email: 'email', phone: 'tel' };

/** Offset of a time zone at an instant, as "+05:30" (for date-time values typed in local time). */
function zoneOffset(timeZone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/** What the input shows for a stored value (times without seconds or zone, date-times in local form). */
function toInput(format: string | undefined, value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  if (format === 'time') return text.slice(0, 5);
  if (format === 'date-time') return text.slice(0, 16);
  return text;
}

function TextInput(props: ControlProps & { multiline?: boolean }) {
  const field = useField(props);
  if (field.hidden) return null;
  if (field.readOnly) return <ReadOnlyField field={field} value={props.data} />;
  const format = field.schema.format;
  const common = {
    id: field.id,
    name: props.path,
    value: toInput(format, props.data),
    'aria-describedby': field.describedBy,
    'aria-invalid': field.issues.length > 0 || undefined,
    'aria-required': field.required || undefined,
    maxLength: typeof field.schema.maxLength === 'number' ? field.schema.maxLength : undefined,
  };
  const change = (text: string) => {
    if (text === '') return props.handleChange(props.path, undefined);
    if (format === 'date-time') return props.handleChange(props.path, `${text.length === 16 ? `${text}:00` : text}${zoneOffset(field.ctx.timeZone, new Date(text))}`);
    props.handleChange(props.path, text);
  };
  return (
    <FieldShell field={field}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={inputTypes[format ?? ''] ?? 'text'} inputMode={format === 'phone' ? 'tel' : undefined} autoComplete="off" onChange={(e) => change(e.target.value)} />
      )}
    </FieldShell>
  );
}

function NumberInput(props: ControlProps) {
  const field = useField(props);
  if (field.hidden) return null;
  if (field.readOnly) return <ReadOnlyField field={field} value={props.data} />;
  const integer = field.schema.type === 'integer';
  return (
    <FieldShell field={field}>
      <input
        id={field.id}
        name={props.path}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        step={integer ? 1 : 'any'}
        min={typeof field.schema.minimum === 'number' ? field.schema.minimum : undefined}
        max={typeof field.schema.maximum === 'number' ? field.schema.maximum : undefined}
        value={typeof props.data === 'number' ? props.data : ''}
        aria-describedby={field.describedBy}
        aria-invalid={field.issues.length > 0 || undefined}
        aria-required={field.required || undefined}
        onChange={(e) => {
          const text = e.target.value;
          const value = text === '' ? undefined : Number(text);
          props.handleChange(props.path, value === undefined || Number.isNaN(value) ? undefined : value);
        }}
      />
    </FieldShell>
  );
}

export const TextControl = withJsonFormsControlProps((props) => <TextInput {...props} />);
export const TextareaControl = withJsonFormsControlProps((props) => <TextInput {...props} multiline />);
export const NumberControl = withJsonFormsControlProps(NumberInput);
