// After a 409: what someone else changed in this form, and the way to take their version and reapply one's own edits.
import { useTranslation } from 'react-i18next';
import type { FormDefinition, RecordView } from '../api/types';
import { useApp } from '../app/AppContext';
import { schemaAt, valueAt } from '../forms/paths';
import { displayValue } from '../forms/renderers/useField';

export function ConflictPanel({ form, theirs, latest, onReapply }: { form: FormDefinition; theirs: string[]; latest: RecordView; onReapply: () => void }) {
  const { t } = useTranslation();
  const { ct, lang, config } = useApp();
  const data = latest.record.forms[form.id]?.data ?? {};
  const ctx = { ct, lang, timeZone: config.state.timeZone, districts: config.districts, offices: config.offices };
  return (
    <div className="conflict-panel" role="alert">
      <h3>{t('form.conflict')}</h3>
      {theirs.length ? (
        <>
          <p>{t('form.conflictChanged')}</p>
          <ul>
            {theirs.map((path) => {
              const schema = schemaAt(form.schema, path);
              return (
                <li key={path}>
                  <strong>{ct(schema?.title ?? path)}</strong>: {displayValue(schema, valueAt(data, path), ctx, t) || t('form.notAnswered')}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('form.conflictElsewhere')}</p>
      )}
      <button type="button" className="primary" onClick={onReapply}>
        {t('form.reapply')}
      </button>
    </div>
  );
}
