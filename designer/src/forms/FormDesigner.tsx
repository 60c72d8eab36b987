// The form designer: lists a state's forms, creates new ones, and opens one in the editor.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types';
import { FormEditor } from './FormEditor';
import { identifierPattern, listFields, translationPath, type FormJson, type TranslationsJson } from './formModel';
import { displayText } from './texts';
import { languageNames } from '../setupI18n';
import './forms.css';

const formsPrefix = (slug: string) => `form-definitions/${slug}/forms/`;

interface Manifest {
  recordTypes?: { id: string; label: string; forms: string[]; createForm?: string }[];
  [key: string]: unknown;
}

export function FormDesigner(props: EditorProps) {
  const { t } = useTranslation();
  const { files, slug, focus } = props;
  const [open, setOpen] = useState<string | undefined>();
  const formIds = useMemo(
    () =>
      Object.keys(files)
        .filter((p) => p.startsWith(formsPrefix(slug)) && p.endsWith('.json'))
        .map((p) => p.slice(formsPrefix(slug).length, -'.json'.length))
        .sort(),
    [files, slug],
  );

  // An issue in a form file opens that form.
  useEffect(() => {
    if (focus?.file.startsWith(formsPrefix(slug))) setOpen(focus.file.slice(formsPrefix(slug).length, -'.json'.length));
  }, [focus, slug]);

  if (open && formIds.includes(open)) return <FormEditor {...props} formId={open} onClose={() => setOpen(undefined)} />;

  const manifest = files[`form-definitions/${slug}/state.json`] as Manifest | undefined;
  const issueCount = (id: string) => props.issues.filter((i) => i.file === `${formsPrefix(slug)}${id}.json`).length;
  return (
    <section aria-labelledby="forms-heading" className="forms-list">
      <h2 id="forms-heading">{t('forms.list.heading')}</h2>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('forms.list.title')}</th>
            <th scope="col">{t('forms.list.id')}</th>
            <th scope="col">{t('forms.list.recordTypes')}</th>
            <th scope="col">{t('forms.list.fields')}</th>
            <th scope="col">{t('forms.list.issues')}</th>
          </tr>
        </thead>
        <tbody>
          {formIds.map((id) => {
            const form = files[`${formsPrefix(slug)}${id}.json`] as FormJson | undefined;
            const usedBy = (manifest?.recordTypes ?? []).filter((r) => r.forms.includes(id));
            const count = issueCount(id);
            return (
              <tr key={id}>
                <td>
                  <button type="button" className="link" onClick={() => setOpen(id)} data-form={id}>
                    {displayText(files, slug, props.languages, props.uiLanguage, form?.title) || id}
                  </button>
                </td>
                <td>
                  <code>{id}</code>
                </td>
                <td>
                  {usedBy.map((r) => (
                    <span key={r.id} className="forms-chip">
                      {displayText(files, slug, props.languages, props.uiLanguage, r.label)}
                      {r.createForm === id ? ` (${t('forms.list.createForm')})` : ''}
                    </span>
                  ))}
                </td>
                <td>{form?.schema ? listFields(form.schema).length : '—'}</td>
                <td>{count ? <span className="badge danger">{count}</span> : <span className="badge ok">0</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <NewForm {...props} existing={formIds} manifest={manifest} onCreated={setOpen} />
    </section>
  );
}

function NewForm(props: EditorProps & { existing: string[]; manifest: Manifest | undefined; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { slug, languages, files } = props;
  const [id, setId] = useState('');
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [recordType, setRecordType] = useState('');
  const idError = !id ? undefined : !identifierPattern.test(id) ? t('forms.errors.identifier') : props.existing.includes(id) ? t('forms.errors.formExists') : undefined;
  const missing = languages.filter((l) => !titles[l]?.trim());
  const create = () => {
    if (!id || idError || missing.length > 0) return;
    const changes: Record<string, unknown> = {
      [`${formsPrefix(slug)}${id}.json`]: { $schema: '../../../engine/schemas/form.schema.json', id, version: 1, title: `${id}.title`, schema: { type: 'object', properties: {} } } satisfies FormJson,
    };
    for (const lang of languages) {
      const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
      if (file) changes[translationPath(slug, lang)] = { ...file, messages: { ...file.messages, [`${id}.title`]: titles[lang]!.trim() } };
    }
    if (recordType && props.manifest?.recordTypes) {
      changes[`form-definitions/${slug}/state.json`] = { ...props.manifest, recordTypes: props.manifest.recordTypes.map((r) => (r.id === recordType ? { ...r, forms: [...r.forms, id] } : r)) };
    }
    props.update(changes, t('forms.history.newForm', { id }));
    props.onCreated(id);
    setId('');
    setTitles({});
  };
  return (
    <form
      className="card forms-new"
      aria-labelledby="forms-new-heading"
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
    >
      <h3 id="forms-new-heading">{t('forms.new.heading')}</h3>
      <div className="field">
        <label htmlFor="forms-new-id">{t('forms.new.id')}</label>
        <input id="forms-new-id" value={id} onChange={(e) => setId(e.target.value)} aria-invalid={idError ? true : undefined} aria-describedby="forms-new-id-hint" />
        <span className="hint" id="forms-new-id-hint">
          {idError ?? t('forms.new.idHint')}
        </span>
      </div>
      {languages.map((lang) => (
        <div className="field" key={lang}>
          <label htmlFor={`forms-new-title-${lang}`}>{t('forms.new.title', { language: languageNames[lang] ?? lang })}</label>
          <input id={`forms-new-title-${lang}`} lang={lang} value={titles[lang] ?? ''} onChange={(e) => setTitles({ ...titles, [lang]: e.target.value })} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="forms-new-recordType">{t('forms.new.recordType')}</label>
        <select id="forms-new-recordType" value={recordType} onChange={(e) => setRecordType(e.target.value)}>
          <option value="">{t('forms.new.noRecordType')}</option>
          {(props.manifest?.recordTypes ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {displayText(files, slug, languages, props.uiLanguage, r.label)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={!id || Boolean(idError) || missing.length > 0}>
        {t('forms.new.create')}
      </button>
    </form>
  );
}

