// The deadlines (setDeadline actions) of a stage's entry or of a transition: list, add, edit, remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckList, TextsFields } from './fields.tsx';
import type { WorkflowContext } from './context.ts';
import { durationPattern, idPattern, type ActionRef } from './model.ts';
import { removeAction, saveDeadline, type ActionsOwner, type Deadline, type Texts } from './workflowEdits.ts';

interface Props {
  ctx: WorkflowContext;
  owner: ActionsOwner;
  actions: readonly ActionRef[];
  idPrefix: string;
}

export function DeadlineList({ ctx, owner, actions, idPrefix }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | 'new' | undefined>();
  const deadlines = actions.map((a, i) => ({ action: a, i })).filter(({ action }) => action.type === 'setDeadline');
  return (
    <section className="wf-deadlines" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{t('workflow.deadline.title')}</h3>
      {deadlines.length === 0 && <p className="muted">{t('workflow.deadline.none')}</p>}
      <ul className="wf-list">
        {deadlines.map(({ action, i }) => {
          const p = (action.params ?? {}) as Partial<Deadline>;
          return (
            <li key={i}>
              <span>
                <strong>{ctx.text(p.label)}</strong> — {p.after}, {p.from === 'now' || !p.from ? t('workflow.deadline.fromNow') : p.from} ({(p.roles ?? []).join(', ')})
              </span>
              <button type="button" className="small" onClick={() => setEditing(i)} aria-label={t('workflow.deadline.editNamed', { name: ctx.text(p.label) })}>
                {t('workflow.edit')}
              </button>
              <button type="button" className="small danger" aria-label={t('workflow.deadline.removeNamed', { name: ctx.text(p.label) })} onClick={() => ctx.apply(t('workflow.undo.removeDeadline', { id: p.id }), (d) => removeAction(d, owner, i))}>
                {t('workflow.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {editing === undefined ? (
        <button type="button" className="small" onClick={() => setEditing('new')}>
          {t('workflow.deadline.add')}
        </button>
      ) : (
        <DeadlineForm
          key={String(editing)}
          ctx={ctx}
          idPrefix={`${idPrefix}-form`}
          initial={editing === 'new' ? undefined : ((actions[editing]?.params ?? {}) as unknown as Deadline)}
          onCancel={() => setEditing(undefined)}
          onSave={(deadline, texts) => {
            ctx.apply(t('workflow.undo.saveDeadline', { id: deadline.id }), (d) => saveDeadline(d, owner, editing === 'new' ? undefined : editing, deadline, texts));
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}

function DeadlineForm(props: { ctx: WorkflowContext; idPrefix: string; initial?: Deadline; onSave(deadline: Deadline, texts: Texts): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { ctx, idPrefix } = props;
  const [deadline, setDeadline] = useState<Deadline>(props.initial ? { ...props.initial, from: props.initial.from ?? 'now', roles: props.initial.roles ?? [] } : { id: '', label: '', after: 'P15D', from: 'now', roles: [] });
  const [texts, setTexts] = useState<Texts>(() => ctx.texts(props.initial?.label));
  const idValid = idPattern.test(deadline.id);
  const afterValid = durationPattern.test(deadline.after);
  return (
    <form
      className="wf-subform"
      aria-label={t('workflow.deadline.formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (idValid && afterValid && deadline.roles.length > 0) props.onSave(deadline, texts);
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-id`}>{t('workflow.deadline.id')}</label>
        <input id={`${idPrefix}-id`} value={deadline.id} required pattern="[a-z][A-Za-z0-9]*" aria-invalid={!!deadline.id && !idValid} onChange={(e) => setDeadline({ ...deadline, id: e.target.value })} />
        <span className="hint">{t('workflow.idHint')}</span>
      </div>
      <TextsFields legend={t('workflow.deadline.label')} languages={ctx.languages} values={texts} onChange={setTexts} idPrefix={`${idPrefix}-label`} required />
      <div className="field">
        <label htmlFor={`${idPrefix}-after`}>{t('workflow.deadline.after')}</label>
        <input id={`${idPrefix}-after`} value={deadline.after} required aria-invalid={!afterValid} aria-describedby={`${idPrefix}-after-hint`} onChange={(e) => setDeadline({ ...deadline, after: e.target.value.toUpperCase() })} />
        <span className="hint" id={`${idPrefix}-after-hint`}>{t('workflow.deadline.afterHint')}</span>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>{t('workflow.deadline.from')}</label>
        <select id={`${idPrefix}-from`} value={deadline.from} onChange={(e) => setDeadline({ ...deadline, from: e.target.value })}>
          <option value="now">{t('workflow.deadline.fromNow')}</option>
          {deadline.from !== 'now' && !ctx.dateFields.some((f) => f.value === deadline.from) && <option value={deadline.from}>{deadline.from}</option>}
          {ctx.dateFields.map((f) => (
            <option key={f.value} value={f.value}>{f.label}</option>
          ))}
        </select>
      </div>
      <CheckList legend={t('workflow.deadline.roles')} options={ctx.pickers.roles} selected={deadline.roles} onChange={(roles) => setDeadline({ ...deadline, roles })} />
      {deadline.roles.length === 0 && <p className="field-error">{t('workflow.deadline.rolesRequired')}</p>}
      <div className="toolbar">
        <button type="submit" className="primary small" disabled={!idValid || !afterValid || deadline.roles.length === 0}>
          {t('workflow.save')}
        </button>
        <button type="button" className="small" onClick={props.onCancel}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
