// The events the user may fire now, as buttons in their language; each asks for confirmation, a refusal says why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError } from '../api/client';
import type { AvailableEvent, RecordView } from '../api/types';
import { ConfirmDialog } from '../app/ConfirmDialog';

export function ActionsBar({ view, hasUnsaved, onDone }: { view: RecordView; hasUnsaved: boolean; onDone: (view: RecordView, event: AvailableEvent) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<AvailableEvent | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | undefined>();

  const fire = async (event: AvailableEvent) => {
    setBusy(true);
    try {
      const next = await api<RecordView>('POST', `/api/records/${view.record.id}/events/${event.event}`, undefined, { headers: { 'if-match': `"${view.record.version}"` } });
      setMessage({ tone: 'success', text: t('actions.done', { action: event.label }) });
      onDone(next, event);
    } catch (error) {
      const text = error instanceof NetworkError ? t('errors.network') : error instanceof ApiError ? (error.problem.code === 'conflict' ? t('actions.conflict') : (error.problem.detail ?? error.problem.title ?? t('common.error'))) : t('common.error');
      setMessage({ tone: 'error', text: `${t('actions.refused')} ${text}` });
    } finally {
      setBusy(false);
      setAsking(undefined);
    }
  };

  return (
    <section className="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('record.actions')}</h2>
      {view.events.length === 0 ? <p className="note">{t('record.noActions')}</p> : null}
      <div className="action-buttons">
        {view.events.map((event) => (
          <button key={event.event} type="button" className="primary" data-event={event.event} onClick={() => (setMessage(undefined), setAsking(event))}>
            {event.label}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" className={message ? `status-line ${message.tone}` : 'status-line empty'}>
        {message?.text}
      </div>
      {asking ? (
        <ConfirmDialog title={t('actions.confirmTitle')} confirmLabel={asking.label} busy={busy} onConfirm={() => void fire(asking)} onCancel={() => setAsking(undefined)}>
          <p>{asking.confirm ?? t('actions.confirmGeneric', { action: asking.label })}</p>
          {hasUnsaved ? <p className="warning-text">{t('actions.unsavedWarning')}</p> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
