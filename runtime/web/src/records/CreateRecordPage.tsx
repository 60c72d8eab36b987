// Registering a record: a police officer reports a found child, a CWC member registers a production (Form 17).
// What is typed is kept in this browser until the record is registered, so a failed network loses nothing.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError } from '../api/client';
import type { ProblemIssue, RecordView } from '../api/types';
import { useApp } from '../app/AppContext';
import { navigate, useLocation } from '../app/router';
import { FormView } from '../forms/FormView';
import { fieldId, pointerToPath, schemaAt } from '../forms/paths';
import { fieldAccessOf, recordSubject } from './clientAbility';
import { ErrorSummary } from './ErrorSummary';
import { useUnsavedGuard } from './useUnsavedGuard';
import { clearCreateDraft, readCreateDraft, writeCreateDraft } from '../drafts/draftStore';

export function CreateRecordPage() {
  const { t } = useTranslation();
  const { config, ability, user, ct } = useApp();
  const { search } = useLocation();
  const state = config.state.code;
  const creatable = config.recordTypes.filter((r) => config.districts.some((d) => ability.can('create', recordSubject({ state, recordType: r.id, district: d.code }))));
  const [recordType, setRecordType] = useState(() => creatable.find((r) => r.id === search.get('type'))?.id ?? creatable[0]?.id ?? '');
  const districtsOf = (type: string) => config.districts.filter((d) => ability.can('create', recordSubject({ state, recordType: type, district: d.code })));
  const districts = districtsOf(recordType);
  const [restored, setRestored] = useState(() => readCreateDraft(recordType));
  const [district, setDistrict] = useState(() => (restored && districts.some((d) => d.code === restored.district) ? restored.district : districts.some((d) => d.code === user.district) ? user.district! : (districts[0]?.code ?? '')));
  const offices = config.offices.filter((o) => o.district === district);
  const [office, setOffice] = useState(() => (restored ? restored.office : offices.some((o) => o.id === user.office) ? user.office! : ''));
  const [data, setData] = useState<Record<string, unknown>>(() => restored?.data ?? {});
  const [offline, setOffline] = useState(false);
  const [issues, setIssues] = useState<ProblemIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const type = config.recordTypes.find((r) => r.id === recordType);
  const form = type ? config.forms[type.createForm] : undefined;
  const initialStage = type ? config.workflows[type.workflow]?.initial : undefined;
  const access = useMemo(() => fieldAccessOf(ability, { state, recordType, district, ...(initialStage ? { stage: initialStage } : {}), ownerId: user.id }, form?.id ?? ''), [ability, state, recordType, district, initialStage, user.id, form?.id]);
  useUnsavedGuard(Object.keys(data).length > 0 && !busy, t('form.leaveConfirm'));

  if (creatable.length === 0) return <p className="note">{t('create.cannot')}</p>;

  const keep = (next: { data?: Record<string, unknown>; district?: string; office?: string }) => {
    const draft = { recordType, district, office, data, ...next, savedAt: new Date().toISOString() };
    if (Object.keys(draft.data).length) writeCreateDraft(draft);
    else clearCreateDraft(recordType);
  };
  const changeData = (next: Record<string, unknown>) => {
    setData(next);
    keep({ data: next });
  };
  const chooseType = (type: string) => {
    const draft = readCreateDraft(type);
    const allowed = districtsOf(type);
    setRecordType(type);
    setRestored(draft);
    setData(draft?.data ?? {});
    if (draft && allowed.some((d) => d.code === draft.district)) {
      setDistrict(draft.district);
      setOffice(draft.office);
    }
    setIssues([]);
  };
  const discard = () => {
    clearCreateDraft(recordType);
    setRestored(undefined);
    setData({});
  };

  const submit = async (mode: 'draft' | 'complete') => {
    setBusy(true);
    setError(undefined);
    setOffline(false);
    try {
      const view = await api<RecordView>('POST', '/api/records', { recordType, district, ...(office ? { office } : {}), form: { data, mode } });
      clearCreateDraft(recordType);
      setData({});
      navigate(`/records/${view.record.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.problem.issues?.length && e.status === 422) {
        setIssues(e.problem.issues);
        queueMicrotask(() => summaryRef.current?.focus());
      } else if (e instanceof NetworkError) {
        keep({});
        setOffline(true);
      } else setError(e instanceof ApiError ? (e.problem.detail ?? t('common.error')) : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  const issueMap = new Map<string, string[]>();
  for (const issue of issues) issueMap.set(pointerToPath(issue.pointer), [...(issueMap.get(pointerToPath(issue.pointer)) ?? []), issue.message]);
  const summary = issues.map((i) => ({ id: fieldId(form?.id ?? '', pointerToPath(i.pointer)), label: ct(form ? schemaAt(form.schema, pointerToPath(i.pointer))?.title : undefined), message: i.message }));

  return (
    <section aria-labelledby="create-title" className="create-page">
      <h1 id="create-title">{t('create.title')}</h1>
      <div className="create-choices">
        <div className="filter">
          <label htmlFor="create-type">{t('create.recordType')}</label>
          <select id="create-type" value={recordType} onChange={(e) => chooseType(e.target.value)}>
            {creatable.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="create-district">{t('create.district')}</label>
          <select id="create-district" value={district} onChange={(e) => (setDistrict(e.target.value), setOffice(''), keep({ district: e.target.value, office: '' }))}>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="create-office">{t('create.office')}</label>
          <select id="create-office" value={office} onChange={(e) => (setOffice(e.target.value), keep({ office: e.target.value }))}>
            <option value="">{t('form.select')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {issues.length ? <ErrorSummary ref={summaryRef} issues={summary} /> : null}
      {error ? (
        <p role="alert" className="status-line error">
          {error}
        </p>
      ) : null}
      {offline ? (
        <p role="alert" className="status-line warning" data-status="offline">
          {t('create.offline')}
        </p>
      ) : restored && Object.keys(data).length ? (
        <p role="status" className="status-line warning" data-status="restored">
          {t('create.restored')}{' '}
          <button type="button" className="link-button" onClick={discard}>
            {t('form.discardLocal')}
          </button>
        </p>
      ) : null}
      {form ? (
        <>
          <h2 className="form-title">{ct(form.title)}</h2>
          <FormView key={form.id} form={form} data={data} onChange={changeData} access={access} issues={issueMap} readOnly={false} district={district} />
        </>
      ) : null}
      <div className="form-actions sticky-actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void submit('draft')}>
          {t('create.submitDraft')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void submit('complete')}>
          {t('create.submitComplete')}
        </button>
      </div>
    </section>
  );
}
