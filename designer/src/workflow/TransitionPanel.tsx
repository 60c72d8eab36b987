// Editing one transition: event and its label, target, guard with its parameters, roles that may fire it, deadlines, delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../draft/types.ts';
import { CheckList, TextsFields } from './fields.tsx';
import { DeadlineList } from './DeadlineList.tsx';
import { ParamsForm } from './ParamsForm.tsx';
import type { WorkflowContext } from './context.ts';
import { eventPattern, paths, stagesOf, type ActionRef, type GuardRef, type RolesFile } from './model.ts';
import { rolesFiring } from './roleRules.ts';
import { deleteTransition, findTransition, setEventLabel, setFireRole, updateTransition, type TransitionRef, type Texts } from './workflowEdits.ts';

interface Props {
  ctx: WorkflowContext;
  transition: TransitionRef;
  catalog: Catalog;
  recordTypes: string[];
  warnings: string[];
  onSelect(ref: TransitionRef | undefined): void;
}

export function TransitionPanel(props: Props) {
  const { transition: ref } = props;
  return <TransitionEditor key={`${props.ctx.workflowPath}#${ref.stage}/${ref.event}/${ref.index ?? ''}`} {...props} />;
}

function TransitionEditor({ ctx, transition: ref, catalog, recordTypes, warnings, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const transition = findTransition(ctx.workflow, ref)!;
  // The engine's own guards have translated names and descriptions; plugins' guards show the catalog's.
  const guardName = (name: string) => (i18n.exists(`workflow.guards.${name}.name`) ? `${t(`workflow.guards.${name}.name`)} (${name})` : name);
  const stages = stagesOf(ctx.workflow);
  const [event, setEvent] = useState(ref.event);
  const [target, setTarget] = useState(transition.target);
  const [labels, setLabels] = useState<Texts>(() => ctx.texts(ctx.workflow.events?.[ref.event]?.label));
  const [guard, setGuard] = useState<GuardRef | undefined>(transition.guard as GuardRef | undefined);
  const [confirming, setConfirming] = useState(false);
  const roles = ctx.files[paths.roles(ctx.slug)] as RolesFile | undefined;
  const firing = rolesFiring(roles, ref.event, recordTypes);
  const eventValid = eventPattern.test(event);
  const p = `wf-tr-${ref.stage}-${ref.event}-${ref.index ?? 0}`;
  const stageText = (id: string) => ctx.text(stages[id]?.meta?.label) || id;
  const guardEntry = guard ? catalog.guards.find((g) => g.name === guard.type) : undefined;

  return (
    <section className="wf-panel-body" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>
        {t('workflow.transition.title', { event: ctx.text(ctx.workflow.events?.[ref.event]?.label) || ref.event })}
      </h2>
      <p className="muted">
        {stageText(ref.stage)} → {stageText(transition.target)}
      </p>
      {warnings.length > 0 && (
        <ul className="wf-warnings-inline" aria-label={t('workflow.warnings.title')}>
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!eventValid || !stages[target]) return;
          const moved = { ...findTransition(ctx.workflow, ref)!, target };
          let next: TransitionRef = ref;
          ctx.apply(t('workflow.undo.transition', { event }), (d) => {
            next = updateTransition(d, ref, moved, event, event === ref.event ? undefined : labels);
            // A renamed action keeps who may take it, unless the new action already has its own roles.
            if (event !== ref.event && rolesFiring(d.read<RolesFile>(paths.roles(ctx.slug)), event, recordTypes).length === 0) {
              for (const role of firing) setFireRole(d, role, event, true);
            }
          });
          onSelect(next);
        }}
      >
        <div className="field">
          <label htmlFor={`${p}-event`}>{t('workflow.transition.event')}</label>
          <input id={`${p}-event`} value={event} list={`${p}-events`} aria-invalid={!eventValid} aria-describedby={`${p}-event-hint`} onChange={(e) => setEvent(e.target.value.toUpperCase())} />
          <datalist id={`${p}-events`}>
            {Object.keys(ctx.workflow.events ?? {}).map((e) => (
              <option key={e} value={e} />
            ))}
          </datalist>
          <span className="hint" id={`${p}-event-hint`}>{t('workflow.transition.eventHint')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${p}-target`}>{t('workflow.transition.target')}</label>
          <select id={`${p}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
            {!stages[target] && <option value={target}>{t('workflow.transition.missingStage', { stage: target })}</option>}
            {Object.keys(stages).map((id) => (
              <option key={id} value={id}>{stageText(id)} ({id})</option>
            ))}
          </select>
        </div>
        <button type="submit" className="small" disabled={!eventValid || !stages[target] || (event === ref.event && target === transition.target)}>
          {t('workflow.transition.saveTarget')}
        </button>
      </form>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          ctx.apply(t('workflow.undo.eventLabel', { event: ref.event }), (d) => setEventLabel(d, ref.event, labels));
        }}
      >
        <TextsFields legend={t('workflow.transition.label')} languages={ctx.languages} values={labels} onChange={setLabels} idPrefix={`${p}-label`} required />
        <span className="hint">{t('workflow.transition.labelShared')}</span>
        <div>
          <button type="submit" className="small">{t('workflow.transition.saveLabels')}</button>
        </div>
      </form>

      <form
        className="wf-guard"
        onSubmit={(e) => {
          e.preventDefault();
          const next = { ...findTransition(ctx.workflow, ref)! };
          if (guard) next.guard = guard.params && Object.keys(guard.params).length > 0 ? guard : { type: guard.type };
          else delete next.guard;
          ctx.apply(t('workflow.undo.guard', { event: ref.event }), (d) => updateTransition(d, ref, next));
        }}
      >
        <h3>{t('workflow.guard.title')}</h3>
        <div className="field">
          <label htmlFor={`${p}-guard`}>{t('workflow.guard.type')}</label>
          <select id={`${p}-guard`} value={guard?.type ?? ''} onChange={(e) => setGuard(e.target.value ? { type: e.target.value, params: {} } : undefined)}>
            <option value="">{t('workflow.guard.none')}</option>
            {guard && !catalog.guards.some((g) => g.name === guard.type) && <option value={guard.type}>{guard.type}</option>}
            {catalog.guards.map((g) => (
              <option key={g.name} value={g.name}>
                {guardName(g.name)}
                {g.plugin && g.plugin !== 'builtin' ? ` — ${g.plugin}` : ''}
              </option>
            ))}
          </select>
          {guard && (i18n.exists(`workflow.guards.${guard.type}.description`) || guardEntry?.description) && (
            <span className="hint">{i18n.exists(`workflow.guards.${guard.type}.description`) ? t(`workflow.guards.${guard.type}.description`) : guardEntry?.description}</span>
          )}
        </div>
        {guard && (
          <ParamsForm
            key={guard.type}
            schema={guardEntry?.params}
            value={guard.params ?? {}}
            onChange={(params) => setGuard({ type: guard.type, params })}
            pickers={ctx.pickers}
            idPrefix={`${p}-param`}
          />
        )}
        <button type="submit" className="small">{t('workflow.guard.save')}</button>
      </form>

      <CheckList
        legend={t('workflow.transition.roles')}
        options={ctx.pickers.roles}
        selected={firing}
        onChange={(next) => {
          const added = next.filter((r) => !firing.includes(r));
          const removed = firing.filter((r) => !next.includes(r));
          ctx.apply(t('workflow.undo.roles', { event: ref.event }), (d) => {
            for (const r of added) setFireRole(d, r, ref.event, true);
            for (const r of removed) setFireRole(d, r, ref.event, false);
          });
        }}
      />
      <p className="hint">{t('workflow.transition.rolesHint')}</p>

      <DeadlineList ctx={ctx} owner={{ transition: ref }} actions={(transition.actions ?? []) as ActionRef[]} idPrefix={`${p}-deadlines`} />
      {(transition.actions ?? []).some((a) => a.type !== 'setDeadline') && (
        <p className="muted">
          {t('workflow.transition.otherActions', { actions: (transition.actions ?? []).filter((a) => a.type !== 'setDeadline').map((a) => a.type).join(', ') })}
        </p>
      )}

      <section className="wf-danger">
        {!confirming ? (
          <button type="button" className="danger small" onClick={() => setConfirming(true)}>
            {t('workflow.transition.delete')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby={`${p}-confirm`} className="banner warning">
            <span id={`${p}-confirm`}>{t('workflow.transition.confirmDelete', { event: ref.event, from: stageText(ref.stage) })}</span>
            <button
              type="button"
              className="danger small"
              autoFocus
              onClick={() => {
                ctx.apply(t('workflow.undo.deleteTransition', { event: ref.event }), (d) => deleteTransition(d, ref));
                onSelect(undefined);
              }}
            >
              {t('workflow.transition.deleteConfirm')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(false)}>
              {t('workflow.cancel')}
            </button>
          </div>
        )}
      </section>
    </section>
  );
}
