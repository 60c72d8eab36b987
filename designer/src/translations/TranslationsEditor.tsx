// The translations grid: keys × the state's languages, missing cells highlighted and counted, inline edit, CSV out and in.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types';
import { download } from '../shell/api';
import { languageNames } from '../setupI18n';
import { allKeys, exportCsv, importCsv, keysOfMissingIssues, messagesByLanguage, missingCounts, setMessage, type CsvImport } from './model';

const pageSize = 100;

export function TranslationsEditor({ slug, languages, files, update, issues, focus }: EditorProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [page, setPage] = useState(0);
  const [report, setReport] = useState<CsvImport | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);

  const byLanguage = useMemo(() => messagesByLanguage(files, slug, languages), [files, slug, languages]);
  const keys = useMemo(() => allKeys(byLanguage, keysOfMissingIssues(issues)), [byLanguage, issues]);
  const missing = useMemo(() => missingCounts(keys, byLanguage), [keys, byLanguage]);
  const totalMissing = Object.values(missing).reduce((a, b) => a + b, 0);

  // A clicked "missing translation" issue names its key: show that key.
  useEffect(() => {
    if (!focus) return;
    const key = keysOfMissingIssues(issues.filter((i) => i.file === focus.file)).at(0);
    if (key) {
      setSearch(key);
      setPage(0);
    }
  }, [focus, issues]);

  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return keys.filter((key) => {
      if (onlyMissing && languages.every((l) => byLanguage[l]?.[key])) return false;
      if (!needle) return true;
      return key.toLowerCase().includes(needle) || languages.some((l) => byLanguage[l]?.[key]?.toLowerCase().includes(needle));
    });
  }, [keys, search, onlyMissing, languages, byLanguage]);
  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = visible.slice(current * pageSize, (current + 1) * pageSize);

  const importFile = async (file: File) => {
    const result = importCsv(await file.text(), files, slug, languages);
    setReport(result);
    if (Object.keys(result.changes).length > 0) update(result.changes, t('translations.importLabel', { name: file.name }));
  };

  return (
    <section aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t('translations.title')}</h2>
      <p className="note" data-testid="missing-total">
        {t('translations.summary', { keys: keys.length, missing: totalMissing })}
      </p>
      <div className="toolbar">
        <label htmlFor="translations-search">{t('translations.search')}</label>
        <input id="translations-search" type="search" value={search} onChange={(e) => (setSearch(e.target.value), setPage(0))} />
        <label>
          <input type="checkbox" checked={onlyMissing} onChange={(e) => (setOnlyMissing(e.target.checked), setPage(0))} /> {t('translations.onlyMissing')}
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => download(`${slug}-translations.csv`, exportCsv(keys, byLanguage, languages), 'text/csv;charset=utf-8')}>
          {t('translations.export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('translations.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          aria-label={t('translations.import')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {report ? (
        <div className={`banner ${report.badHeader || report.badRows.length || report.unknownLanguages.length ? 'warning' : 'ok'}`} role="status" data-testid="import-report">
          <div>
            <p>{report.badHeader ? t('translations.badHeader') : t('translations.imported', { count: report.changed })}</p>
            {report.unknownLanguages.length ? <p>{t('translations.unknownLanguages', { languages: report.unknownLanguages.join(', ') })}</p> : null}
            {report.badRows.length ? (
              <ul>
                {report.badRows.map((row) => (
                  <li key={`${row.line}-${row.reason}`}>{t('translations.badRow', { line: row.line, reason: t(`translations.reason.${row.reason}`) })}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="small" onClick={() => setReport(undefined)}>
            {t('translations.close')}
          </button>
        </div>
      ) : null}
      <table className="grid translations-grid">
        <caption className="visually-hidden">{t('translations.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translations.key')}</th>
            {languages.map((lang) => (
              <th scope="col" key={lang} lang={lang}>
                {languageNames[lang] ?? lang}{' '}
                <span className={`badge ${missing[lang] ? 'danger' : 'ok'}`} data-missing-lang={lang} title={t('translations.missingIn', { count: missing[lang] ?? 0 })}>
                  {missing[lang] ?? 0}
                </span>
                <span className="visually-hidden"> {t('translations.missingIn', { count: missing[lang] ?? 0 })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((key) => (
            <tr key={key} data-key={key}>
              <th scope="row" style={{ fontFamily: 'monospace', fontWeight: 400, fontSize: '0.85rem', overflowWrap: 'anywhere' }}>
                {key}
              </th>
              {languages.map((lang) => {
                const value = byLanguage[lang]?.[key] ?? '';
                return (
                  <td key={lang} data-lang={lang} className={value ? undefined : 'missing'} style={value ? undefined : { background: 'var(--danger-wash)' }}>
                    <textarea
                      lang={lang}
                      rows={value.length > 60 ? 3 : 1}
                      style={{ width: '100%' }}
                      value={value}
                      aria-label={t('translations.cellLabel', { key, language: languageNames[lang] ?? lang })}
                      aria-invalid={value ? undefined : true}
                      placeholder={t('translations.missing')}
                      onChange={(e) => update(setMessage(files, slug, lang, key, e.target.value), t('translations.editLabel', { key, language: lang }))}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 ? <p className="note">{t('translations.noneFound')}</p> : null}
      {pages > 1 ? (
        <nav className="toolbar" aria-label={t('translations.pages')}>
          <button type="button" className="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('translations.previous')}
          </button>
          <span>{t('translations.page', { page: current + 1, pages })}</span>
          <button type="button" className="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('translations.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
