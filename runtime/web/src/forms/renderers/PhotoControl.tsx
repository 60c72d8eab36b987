// The child's photo: choose or take one, shrunk in the browser (≤1280 px JPEG) and sent with progress; a preview;
// a clear message offline; read-only readers just see it. The field keeps the stored photo's id.
import { useEffect, useState, type ChangeEvent } from 'react';
import type { ControlProps } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { attachmentUrl, shrinkPhoto, uploadPhoto } from '../photoUpload';
import { permissionPath } from '../paths';
import { FieldShell, useField } from './useField';

type Upload = { kind: 'idle' } | { kind: 'working'; fraction: number } | { kind: 'done' } | { kind: 'error'; text: string };

function Photo(props: ControlProps) {
  const { t } = useTranslation();
  const field = useField(props);
  const { recordId, formId, lang } = field.ctx;
  const value = typeof props.data === 'string' && props.data ? props.data : undefined;
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  // The photo just sent, shown from memory while the field holds its id (a reset or reload shows the server's).
  const [local, setLocal] = useState<{ id: string; url: string } | undefined>();
  const [brokenId, setBrokenId] = useState<string | undefined>();
  useEffect(() => () => (local ? URL.revokeObjectURL(local.url) : undefined), [local]);
  if (field.hidden) return null;

  const preview = value && local?.id === value ? local.url : value && recordId && brokenId !== value ? attachmentUrl(recordId, value) : undefined;
  const image = preview ? <img className="photo-preview" src={preview} alt={t('photo.alt', { label: field.label })} onError={() => setBrokenId(value)} /> : null;

  if (field.readOnly) {
    return (
      <div className="field readonly photo-field">
        <div className="field-label" id={`${field.id}-label`}>
          {field.label}
        </div>
        <div className="field-value" id={field.id} role="group" aria-labelledby={`${field.id}-label`}>
          {image ?? <span className="empty">{value ? t('photo.notShown') : t('form.notAnswered')}</span>}
        </div>
      </div>
    );
  }

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !recordId) return;
    if (!navigator.onLine) return setUpload({ kind: 'error', text: t('photo.offline') });
    setUpload({ kind: 'working', fraction: 0 });
    const photo = await shrinkPhoto(file);
    if (!photo) return setUpload({ kind: 'error', text: t('photo.unreadable') });
    try {
      const ref = await uploadPhoto(recordId, `${formId}.${permissionPath(props.path)}`, photo, file.name.replace(/\.[^.]*$/, '') + '.jpg', lang, (fraction) => setUpload({ kind: 'working', fraction }));
      setLocal({ id: ref.id, url: URL.createObjectURL(photo) });
      props.handleChange(props.path, ref.id);
      setUpload({ kind: 'done' });
    } catch (error) {
      setUpload({ kind: 'error', text: error instanceof ApiError ? (error.problem.detail ?? t('common.error')) : t('photo.offline') });
    }
  };

  const remove = () => {
    setLocal(undefined);
    props.handleChange(props.path, undefined);
    setUpload({ kind: 'idle' });
  };

  const statusId = `${field.id}-status`;
  const percent = upload.kind === 'working' ? Math.round(upload.fraction * 100) : 0;
  return (
    <FieldShell field={{ ...field, describedBy: [field.describedBy, statusId].filter(Boolean).join(' ') }}>
      <div className="photo-control">
        {image}
        {recordId ? (
          <input
            id={field.id}
            className="photo-input visually-hidden"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            disabled={upload.kind === 'working'}
            aria-describedby={[field.describedBy, statusId].filter(Boolean).join(' ')}
            aria-invalid={field.issues.length > 0 || undefined}
            onChange={(e) => void choose(e)}
          />
        ) : null}
        {/* The browser's own file button speaks the browser's language: a label of ours, in the user's, opens it. */}
        {recordId ? (
          <label htmlFor={field.id} className={`photo-pick${upload.kind === 'working' ? ' disabled' : ''}`}>
            {value ? t('photo.change') : t('photo.choose')}
          </label>
        ) : null}
        {value && recordId ? (
          <button type="button" className="secondary" onClick={remove} disabled={upload.kind === 'working'}>
            {t('photo.remove')}
          </button>
        ) : null}
        {upload.kind === 'working' ? <progress max={100} value={percent} aria-labelledby={statusId} /> : null}
        <p id={statusId} className={`field-help photo-status ${upload.kind}`} role="status" aria-live="polite" data-upload={upload.kind}>
          {!recordId
            ? t('photo.afterSave')
            : upload.kind === 'working'
              ? t('photo.uploading', { percent: formatNumber(lang, percent) })
              : upload.kind === 'done'
                ? t('photo.uploaded')
                : upload.kind === 'error'
                  ? upload.text
                  : t('photo.hint')}
        </p>
      </div>
    </FieldShell>
  );
}

export const PhotoControl = withJsonFormsControlProps(Photo);
