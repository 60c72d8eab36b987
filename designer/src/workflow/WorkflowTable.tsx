// The workflow as two tables (stages, transitions): the keyboard and screen-reader alternative to the graph.
import { useTranslation } from 'react-i18next';
import type { WorkflowContext } from './context.ts';
import { stagesOf, transitionsOf, type TransitionEntry } from './model.ts';

interface Props {
  ctx: WorkflowContext;
  stageWarnings: Record<string, string[]>;
  transitionWarnings: Record<string, string[]>;
  firing: Record<string, string[]>;
  selectedStage?: string;
  selectedTransition?: string;
  onSelectStage(id: string): void;
  onSelectTransition(entry: TransitionEntry): void;
}

export function WorkflowTable({ ctx, stageWarnings, transitionWarnings, firing, selectedStage, selectedTransition, onSelectStage, onSelectTransition }: Props) {
  const { t } = useTranslation();
  const stages = stagesOf(ctx.workflow);
  const transitions = transitionsOf(ctx.workflow);
  const stageText = (id: string) => ctx.text(stages[id]?.meta?.label) || id;
  return (
    <div className="wf-table">
      <table className="grid">
        <caption>{t('workflow.table.stages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workflow.table.stage')}</th>
            <th scope="col">{t('workflow.table.id')}</th>
            <th scope="col">{t('workflow.table.kind')}</th>
            <th scope="col">{t('workflow.table.editable')}</th>
            <th scope="col">{t('workflow.table.required')}</th>
            <th scope="col">{t('workflow.deadline.title')}</th>
            <th scope="col">{t('workflow.warnings.title')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(stages).map(([id, stage]) => (
            <tr key={id} aria-selected={selectedStage === id} data-stage-row={id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelectStage(id)}>
                  {stageText(id)}
                </button>
              </th>
              <td>{id}</td>
              <td>
                {[ctx.workflow.machine.initial === id ? t('workflow.stage.initialBadge') : '', stage.type === 'final' ? t('workflow.stage.finalBadge') : ''].filter(Boolean).join(', ')}
              </td>
              <td>{(stage.meta?.editableForms ?? []).join(', ')}</td>
              <td>{(stage.meta?.requiredForms ?? []).join(', ')}</td>
              <td>{(stage.entry ?? []).filter((a) => a.type === 'setDeadline').map((a) => `${ctx.text(String(a.params?.label))} (${String(a.params?.after)})`).join(', ')}</td>
              <td>{(stageWarnings[id] ?? []).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="grid">
        <caption>{t('workflow.table.transitions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workflow.table.from')}</th>
            <th scope="col">{t('workflow.transition.event')}</th>
            <th scope="col">{t('workflow.table.to')}</th>
            <th scope="col">{t('workflow.guard.title')}</th>
            <th scope="col">{t('workflow.transition.roles')}</th>
            <th scope="col">{t('workflow.warnings.title')}</th>
          </tr>
        </thead>
        <tbody>
          {transitions.map((tr) => (
            <tr key={tr.pointer} aria-selected={selectedTransition === tr.pointer}>
              <td>{stageText(tr.stage)}</td>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelectTransition(tr)}>
                  {ctx.text(ctx.workflow.events?.[tr.event]?.label) || tr.event}
                </button>{' '}
                <span className="muted">{tr.event}</span>
              </th>
              <td>{stageText(tr.transition.target)}</td>
              <td>{tr.transition.guard?.type ?? ''}</td>
              <td>{(firing[tr.event] ?? []).join(', ')}</td>
              <td>{(transitionWarnings[tr.pointer] ?? []).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
