// Editing one stage: id (renamed everywhere), labels per language, initial/final, editable and required forms, deadlines, delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckList, TextsFields } from './fields.tsx';
import { DeadlineList } from './DeadlineList.tsx';
import type { WorkflowContext } from './context.ts';
import { idPattern, stagesOf, transitionsOf, type ActionRef, type TransitionEntry } from './model.ts';
import { deleteStage, renameStage, setInitialStage, setStageFinal, setStageForms, setStageLabel, type Texts } from './workflowEdits.ts';

interface Props {
  ctx: WorkflowContext;
  stageId: string;
  warnings: string[];
  onSelectStage(id: string | undefined): void;
  onSelectTransition(entry: TransitionEntry): void;
  onAddTransition(from: string): void;
}

export function StagePanel(props: Props) {
  const { ctx, stageId } = props;
  // Remount the forms when the stage or its texts change underneath (undo, another edit).
  return <StageEditor key={`${ctx.workflowPath}#${stageId}`} {...props} />;
}

function StageEditor({ ctx, stageId, warnings, onSelectStage, onSelectTransition, onAddTransition }: Props) {
  const { t } = useTranslation();
  const stages = stagesOf(ctx.workflow);
  const stage = stages[stageId]!;
  const [newId, setNewId] = useState(stageId);
  const [labels, setLabels] = useState<Texts>(() => ctx.texts(stage.meta?.label));
  const [confirming, setConfirming] = useState(false);
  const transitions = transitionsOf(ctx.workflow);
  const outgoing = transitions.filter((tr) => tr.stage === stageId);
  const incoming = transitions.filter((tr) => tr.transition.target === stageId && tr.stage !== stageId);
  const initial = ctx.workflow.machine.initial === stageId;
  const final = stage.type === 'final';
  const idTaken = newId !== stageId && !!stages[newId];
  const idValid = idPattern.test(newId) && !idTaken;
  const p = `wf-stage-${stageId}`;
  const event = (e: string) => ctx.text(ctx.workflow.events?.[e]?.label) || e;

  return (
    <section className="wf-panel-body" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>
        {t('workflow.stage.title', { label: ctx.text(stage.meta?.label) })}
      </h2>
      {warnings.length > 0 && (
        <ul className="wf-warnings-inline" aria-label={t('workflow.warnings.title')}>
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <form
        className="wf-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!idValid || newId === stageId) return;
          ctx.apply(t('workflow.undo.renameStage', { from: stageId, to: newId }), (d) => renameStage(d, stageId, newId));
          onSelectStage(newId);
        }}
      >
        <div className="field">
          <label htmlFor={`${p}-id`}>{t('workflow.stage.id')}</label>
          <input id={`${p}-id`} value={newId} onChange={(e) => setNewId(e.target.value)} aria-invalid={!idValid} aria-describedby={`${p}-id-hint`} />
          <span className="hint" id={`${p}-id-hint`}>{idTaken ? t('workflow.stage.idTaken') : t('workflow.stage.renameHint')}</span>
        </div>
        <button type="submit" className="small" disabled={!idValid || newId === stageId}>
          {t('workflow.stage.rename')}
        </button>
      </form>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          ctx.apply(t('workflow.undo.stageLabel', { id: stageId }), (d) => setStageLabel(d, stageId, labels));
        }}
      >
        <TextsFields legend={t('workflow.stage.label')} languages={ctx.languages} values={labels} onChange={setLabels} idPrefix={`${p}-label`} required />
        <button type="submit" className="small">{t('workflow.stage.saveLabels')}</button>
      </form>

      <div className="wf-flags">
        <div className="wf-check">
          <input id={`${p}-initial`} type="checkbox" checked={initial} disabled={initial} onChange={() => ctx.apply(t('workflow.undo.initial', { id: stageId }), (d) => setInitialStage(d, stageId))} />
          <label htmlFor={`${p}-initial`}>{t('workflow.stage.initial')}</label>
        </div>
        <div className="wf-check">
          <input id={`${p}-final`} type="checkbox" checked={final} aria-describedby={`${p}-final-hint`} onChange={(e) => ctx.apply(t('workflow.undo.final', { id: stageId }), (d) => setStageFinal(d, stageId, e.target.checked))} />
          <label htmlFor={`${p}-final`}>{t('workflow.stage.final')}</label>
        </div>
        <span className="hint" id={`${p}-final-hint`}>{t('workflow.stage.finalHint')}</span>
      </div>

      <CheckList
        legend={t('workflow.stage.editableForms')}
        options={ctx.pickers.forms}
        selected={stage.meta?.editableForms ?? []}
        empty={t('workflow.stage.noForms')}
        onChange={(forms) => ctx.apply(t('workflow.undo.forms', { id: stageId }), (d) => setStageForms(d, stageId, 'editableForms', forms))}
      />
      <CheckList
        legend={t('workflow.stage.requiredForms')}
        options={ctx.pickers.forms}
        selected={stage.meta?.requiredForms ?? []}
        empty={t('workflow.stage.noForms')}
        onChange={(forms) => ctx.apply(t('workflow.undo.forms', { id: stageId }), (d) => setStageForms(d, stageId, 'requiredForms', forms))}
      />

      <DeadlineList ctx={ctx} owner={{ stage: stageId }} actions={(stage.entry ?? []) as ActionRef[]} idPrefix={`${p}-deadlines`} />

      <section aria-labelledby={`${p}-out`}>
        <h3 id={`${p}-out`}>{t('workflow.stage.outgoing')}</h3>
        {outgoing.length === 0 && <p className="muted">{final ? t('workflow.stage.finalNoWayOut') : t('workflow.stage.noWayOut')}</p>}
        <ul className="wf-list">
          {outgoing.map((tr) => (
            <li key={tr.pointer}>
              <button type="button" className="link" onClick={() => onSelectTransition(tr)}>
                {event(tr.event)} → {ctx.text(stages[tr.transition.target]?.meta?.label) || tr.transition.target}
              </button>
            </li>
          ))}
        </ul>
        {!final && (
          <button type="button" id="wf-stage-add-transition" className="small" onClick={() => onAddTransition(stageId)}>
            {t('workflow.transition.addFrom')}
          </button>
        )}
      </section>

      <section className="wf-danger" aria-labelledby={`${p}-delete`}>
        <h3 id={`${p}-delete`} className="visually-hidden">{t('workflow.stage.delete')}</h3>
        {!confirming ? (
          <button type="button" className="danger small" disabled={initial} onClick={() => setConfirming(true)} aria-describedby={initial ? `${p}-delete-hint` : undefined}>
            {t('workflow.stage.delete')}
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby={`${p}-confirm`} className="banner warning">
            <span id={`${p}-confirm`}>{t('workflow.stage.confirmDelete', { stage: ctx.text(stage.meta?.label), count: incoming.length })}</span>
            <button
              type="button"
              className="danger small"
              autoFocus
              onClick={() => {
                ctx.apply(t('workflow.undo.deleteStage', { id: stageId }), (d) => deleteStage(d, stageId));
                onSelectStage(undefined);
              }}
            >
              {t('workflow.stage.deleteConfirm')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(false)}>
              {t('workflow.cancel')}
            </button>
          </div>
        )}
        {initial && <p className="hint" id={`${p}-delete-hint`}>{t('workflow.stage.initialNoDelete')}</p>}
      </section>
    </section>
  );
}
