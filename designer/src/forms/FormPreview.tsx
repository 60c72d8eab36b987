// Live preview of the form with the caseworker app's own renderers, compiled by the server from the draft.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation, I18nextProvider } from 'react-i18next';
import i18next, { type i18n as I18n } from 'i18next';
import { JsonForms } from '@jsonforms/react';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { createConfigTranslator, createEvalFreeAjv, FormContext, renderers, webMessages, type FieldAccess, type FormContextValue } from '@suraksha/runtime/web/forms';
import { api, ApiError } from '../shell/api';
import { IssueMessage, problemText } from '../issues/issueText';
import type { FormEditorContext } from './FormEditor';
import { displayText } from './texts';
import { languageNames } from '../setupI18n';

interface PreviewAnswer {
  title: string;
  schema: Record<string, unknown>;
  uischema: Record<string, unknown>;
  messages: Record<string, string>;
  readable: string[];
  writable: string[];
  timeZone: string;
  districts: FormContextValue['districts'];
  offices: FormContextValue['offices'];
}

type Issue = { file?: string; pointer?: string; message: string; line?: number; column?: number };

const ajv = createEvalFreeAjv();
const noIssues: ReadonlyMap<string, string[]> = new Map();

/** One i18next instance per preview language, holding the caseworker app's strings (apart from the designer's own). */
const webI18n = new Map<string, I18n>();
function webI18nOf(lang: string): I18n {
  let instance = webI18n.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ lng: lang, resources: { [lang]: { translation: webMessages(lang) } }, interpolation: { escapeValue: false }, initAsync: false });
    webI18n.set(lang, instance);
  }
  return instance;
}

/** What the admin chose and typed in the preview, kept by the editor while other views are open. */
export interface PreviewSettings {
  lang?: string;
  role: string;
  data: Record<string, unknown>;
}

export function FormPreview({ ctx, settings, onSettings }: { ctx: FormEditorContext; settings: PreviewSettings; onSettings: (s: PreviewSettings) => void }) {
  const { t } = useTranslation();
  const { files, code, formId, languages } = ctx;
  const lang = settings.lang && languages.includes(settings.lang) ? settings.lang : (languages[0] ?? 'en');
  const { role, data } = settings;
  const setLang = (next: string) => onSettings({ ...settings, lang: next });
  const setRole = (next: string) => onSettings({ ...settings, role: next });
  const setData = (next: Record<string, unknown>) => next !== data && onSettings({ ...settings, data: next });
  const [answer, setAnswer] = useState<PreviewAnswer | undefined>();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const roles = (files[`workflows/${ctx.slug}/roles.json`] as { roles?: Record<string, { label: string }> } | undefined)?.roles ?? {};

  // The draft changes as the admin edits: ask again after a short pause.
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      api<PreviewAnswer>('POST', `/api/admin/states/${encodeURIComponent(code)}/preview`, { files, form: formId, lang, ...(role ? { role } : {}) }, { signal: abort.signal })
        .then((a) => {
          setAnswer(a);
          setIssues([]);
          setError(undefined);
        })
        .catch((e: unknown) => {
          if (abort.signal.aborted) return;
          if (e instanceof ApiError && e.status === 422) setIssues((e.problem.issues ?? []) as Issue[]);
          else setError(problemText(i18next.t, e));
        })
        .finally(() => !abort.signal.aborted && setLoading(false));
    }, 400);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [files, code, formId, lang, role]);

  const context = useMemo<FormContextValue | undefined>(() => {
    if (!answer) return undefined;
    const readable = new Set(answer.readable);
    const writable = new Set(answer.writable);
    const access = (path: string): FieldAccess => (writable.has(path) ? 'write' : readable.has(path) ? 'read' : 'hidden');
    return { formId, lang, timeZone: answer.timeZone, ct: createConfigTranslator(answer.messages), access, issues: noIssues, readOnly: false, districts: answer.districts, offices: answer.offices };
  }, [answer, formId, lang]);

  return (
    <div className="forms-preview">
      <div className="toolbar">
        <label htmlFor="forms-preview-lang">{t('forms.preview.language')}</label>
        <select id="forms-preview-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageNames[l] ?? l}
            </option>
          ))}
        </select>
        <label htmlFor="forms-preview-role">{t('forms.preview.role')}</label>
        <select id="forms-preview-role" value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="">{t('forms.preview.allFields')}</option>
          {Object.entries(roles).map(([id, r]) => (
            <option key={id} value={id}>
              {displayText(files, ctx.slug, languages, ctx.uiLanguage, r.label)}
            </option>
          ))}
        </select>
        <button type="button" className="small" onClick={() => setData({})}>
          {t('forms.preview.clear')}
        </button>
        {loading ? (
          <span role="status">
            <span className="spinner" aria-hidden="true" /> {t('forms.preview.loading')}
          </span>
        ) : null}
      </div>
      <p className="hint">{t('forms.preview.hint')}</p>
      {error ? (
        <p className="banner error" role="alert">
          {t('forms.preview.failed')} {error}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <div className="banner warning" role="status">
          <p>{t('forms.preview.invalid')}</p>
          <ul>
            {issues.slice(0, 20).map((i, n) => (
              <li key={n}>
                <code>
                  {i.file}
                  {i.line ? `:${i.line}:${i.column ?? 1}` : ''}
                </code>{' '}
                <IssueMessage issue={i} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer && context ? (
        <div className="forms-preview-frame card" lang={lang}>
          <h3>{answer.title}</h3>
          <I18nextProvider i18n={webI18nOf(lang)}>
            <FormContext.Provider value={context}>
              <JsonForms schema={answer.schema as JsonSchema} uischema={answer.uischema as unknown as UISchemaElement} data={data} renderers={renderers} cells={[]} ajv={ajv} validationMode="NoValidation" onChange={({ data: next }) => setData(next as Record<string, unknown>)} />
            </FormContext.Provider>
          </I18nextProvider>
        </div>
      ) : null}
    </div>
  );
}
