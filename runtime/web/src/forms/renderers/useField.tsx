// The common part of every control: label, help, issues, access and the field's frame.
import type { ReactNode } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { useTranslation } from 'react-i18next';
import type { JsonSchema } from '../../api/types';
import { fieldId, permissionPath } from '../paths';
import { useFormContext, type FormContextValue } from '../FormContext';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../i18n/format';

export interface FieldState {
  ctx: FormContextValue;
  schema: JsonSchema;
  label: string;
  description?: string;
  id: string;
  issues: string[];
  hidden: boolean;
  readOnly: boolean;
  required: boolean;
  describedBy?: string;
}

/** Works out everything a control shows around its input. */
export function useField(props: ControlProps): FieldState {
  const ctx = useFormContext();
  const schema = props.schema as JsonSchema;
  const access = ctx.access(permissionPath(props.path));
  const uiLabel = (props.uischema as { label?: unknown }).label;
  const label = ctx.ct(typeof uiLabel === 'string' ? uiLabel : schema.title) || props.path.split('.').pop() || '';
  const description = schema.description ? ctx.ct(schema.description) : undefined;
  const id = fieldId(ctx.formId, props.path);
  const issues = ctx.issues.get(props.path) ?? [];
  const readOnly = ctx.readOnly || !props.enabled || access !== 'write' || schema.readOnly === true;
  const describedBy = [description ? `${id}-help` : '', issues.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { ctx, schema, label, description, id, issues, hidden: access === 'hidden' || !props.visible, readOnly, required: Boolean(props.required), describedBy };
}

/** Label, help text, the input and its messages; a fieldset with a legend when the input is a group of options. */
export function FieldShell({ field, group, children }: { field: FieldState; group?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const marker = field.required && !field.readOnly ? <span className="required-marker"> *<span className="visually-hidden">{t('form.required')}</span></span> : null;
  const help = field.description ? <p className="field-help" id={`${field.id}-help`}>{field.description}</p> : null;
  const errors = field.issues.length ? (
    <p className="field-error" id={`${field.id}-error`}>
      <span aria-hidden="true">⚠ </span>
      {field.issues.join(' ')}
    </p>
  ) : null;
  const className = `field${field.issues.length ? ' has-error' : ''}`;
  if (group) {
    return (
      <fieldset className={className} aria-describedby={field.describedBy} id={field.id} tabIndex={-1}>
        <legend>
          {field.label}
          {marker}
        </legend>
        {help}
        {children}
        {errors}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={field.id}>
        {field.label}
        {marker}
      </label>
      {help}
      {children}
      {errors}
    </div>
  );
}

/** A field the user may read but not change: its value as text. */
export function ReadOnlyField({ field, value }: { field: FieldState; value: unknown }) {
  const { t } = useTranslation();
  const text = displayValue(field.schema, value, field.ctx, t);
  return (
    <div className={`field readonly${field.issues.length ? ' has-error' : ''}`}>
      <div className="field-label" id={`${field.id}-label`}>
        {field.label}
      </div>
      <div className="field-value" id={field.id} role="group" aria-labelledby={`${field.id}-label`}>
        {text || <span className="empty">{t('form.notAnswered')}</span>}
      </div>
      {field.issues.length ? (
        <p className="field-error" id={`${field.id}-error`}>
          {field.issues.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A stored value as the user reads it: option titles, yes/no, names of districts and offices, local dates. */
export function displayValue(schema: JsonSchema | undefined, value: unknown, ctx: Pick<FormContextValue, 'ct' | 'lang' | 'timeZone' | 'districts' | 'offices'>, t: (key: string) => string): string {
  if (value === undefined || value === null || value === '') return '';
  if (!schema) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (Array.isArray(value)) {
    if (schema.items?.type === 'object') return `${formatNumber(ctx.lang, value.length)} ×`;
    return value.map((v) => displayValue(schema.items, v, ctx, t)).join(', ');
  }
  const option = schema.oneOf?.find((o) => o.const === value);
  if (option) return ctx.ct(option.title);
  if (schema['x-widget'] === 'district') return ctx.districts.find((d) => d.code === value)?.name ?? String(value);
  if (schema['x-widget'] === 'office') return ctx.offices.find((o) => o.id === value)?.name ?? String(value);
  if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
  if (typeof value === 'number') return formatNumber(ctx.lang, value);
  if (typeof value === 'string' && schema.format === 'date') return formatDate(ctx.lang, value, ctx.timeZone);
  if (typeof value === 'string' && schema.format === 'date-time') return formatDateTime(ctx.lang, value, ctx.timeZone);
  if (typeof value === 'string' && schema.format === 'time') return formatTime(ctx.lang, value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
