// Repeating groups (the family table of Form 22): one card per row, add and remove rows; reflows at 360 px.
import { useMemo } from 'react';
import type { ControlProps, UISchemaElement } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsControlProps } from '@jsonforms/react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { FieldShell, useField } from './useField';

function Table(props: ControlProps) {
  const { t } = useTranslation();
  const field = useField(props);
  const items = field.schema.items;
  const rowLayout = useMemo(
    () => ({ type: 'VerticalLayout', options: { grid: true }, elements: Object.keys(items?.properties ?? {}).map((key) => ({ type: 'Control', scope: `#/properties/${key}` })) }) as UISchemaElement,
    [items],
  );
  if (field.hidden || !items) return null;
  const rows = Array.isArray(props.data) ? (props.data as unknown[]) : [];
  const maxItems = typeof field.schema.maxItems === 'number' ? field.schema.maxItems : Infinity;
  const n = (i: number) => formatNumber(field.ctx.lang, i + 1);
  return (
    <FieldShell field={field} group>
      {rows.length === 0 ? <p className="empty">{t('form.noRows')}</p> : null}
      <ol className="table-rows">
        {rows.map((_, i) => (
          <li key={i} className="table-row">
            <fieldset>
              <legend>{t('form.row', { n: n(i) })}</legend>
              <JsonFormsDispatch schema={items} uischema={rowLayout} path={`${props.path}.${i}`} enabled={!field.readOnly} />
              {field.readOnly ? null : (
                <button type="button" className="secondary small" onClick={() => props.handleChange(props.path, rows.filter((__, j) => j !== i))}>
                  {t('form.removeRow', { n: n(i) })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {field.readOnly || rows.length >= maxItems ? null : (
        <button type="button" className="secondary" onClick={() => props.handleChange(props.path, [...rows, {}])}>
          + {t('form.addRow')}
        </button>
      )}
    </FieldShell>
  );
}

export const TableControl = withJsonFormsControlProps(Table);
