// The workflow designer: a state's workflows as a laid-out graph or as tables, with stage and transition editors and live warnings.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types.ts';
import { analyzeWorkflow, type WorkflowWarning } from './analyzeWorkflow.ts';
import type { WorkflowContext } from './context.ts';
import { CheckList, TextsFields, type Language } from './fields.tsx';
import {
  asWorkflow, eventPattern, formFields, formsOf, idPattern, message, paths, pointerSegments, recordTypesOf, stagesOf, transitionsOf,
  type RolesFile, type TransitionEntry, type TranslationsFile, type WorkflowConfig, workflowFiles,
} from './model.ts';
import { rolesFiring } from './roleRules.ts';
import { StagePanel } from './StagePanel.tsx';
import { TransitionPanel } from './TransitionPanel.tsx';
import { WorkflowGraph, type GraphStage, type GraphTransition } from './WorkflowGraph.tsx';
import { WorkflowTable } from './WorkflowTable.tsx';
import { issueText } from '../issues/issueText.tsx';
import { DraftEdit, addStage, addTransition, setFireRole, type TransitionRef, type Texts } from './workflowEdits.ts';
import './workflow.css';

type Selection =
  | { kind: 'stage'; id: string }
  | { kind: 'transition'; ref: TransitionRef }
  | { kind: 'addStage' }
  | { kind: 'addTransition'; from?: string; to?: string }
  | undefined;

const refOf = (e: TransitionEntry): TransitionRef => ({ stage: e.stage, event: e.event, index: e.index });
const samePlace = (a: TransitionRef, b: TransitionEntry) => a.stage === b.stage && a.event === b.event && (a.index ?? 0) === (b.index ?? 0);

/** What a JSON pointer in a workflow file points at, for the shell's focus. */
function selectionAt(workflow: WorkflowConfig, pointer: string): Selection {
  const s = pointerSegments(pointer);
  const transitions = transitionsOf(workflow);
  if (s[0] === 'machine' && s[1] === 'states' && s[2] && stagesOf(workflow)[s[2]]) {
    if (s[3] === 'on' && s[4]) {
      const index = s[5] !== undefined && /^\d+$/.test(s[5]) ? Number(s[5]) : 0;
      const found = transitions.find((e) => e.stage === s[2] && e.event === s[4] && (e.index ?? 0) === index);
      if (found) return { kind: 'transition', ref: refOf(found) };
    }
    return { kind: 'stage', id: s[2] };
  }
  if (s[0] === 'events' && s[1]) {
    const found = transitions.find((e) => e.event === s[1]);
    if (found) return { kind: 'transition', ref: refOf(found) };
  }
  if (s[0] === 'machine' && s[1] === 'initial' && stagesOf(workflow)[workflow.machine.initial]) return { kind: 'stage', id: workflow.machine.initial };
  return undefined;
}

export function WorkflowDesigner(props: EditorProps) {
  const { t } = useTranslation();
  const { files, slug } = props;
  const paths_ = workflowFiles(files, slug);
  const [chosen, setChosen] = useState<string | undefined>();
  const path = chosen && paths_.includes(chosen) ? chosen : paths_[0];
  const [view, setView] = useState<'graph' | 'table'>('graph');
  const [vertical, setVertical] = useState(true);
  const [labelLang, setLabelLang] = useState(() => (props.languages.includes(props.uiLanguage) ? props.uiLanguage : props.languages[0]) ?? 'en');
  const [selection, setSelection] = useState<Selection>();
  // Labels follow the interface language when the state has it.
  const languageKey = props.languages.join(' ');
  useEffect(() => {
    if (languageKey.split(' ').includes(props.uiLanguage)) setLabelLang(props.uiLanguage);
  }, [props.uiLanguage, languageKey]);
  const [focusTick, setFocusTick] = useState(0);
  const panelRef = useRef<HTMLElement>(null);
  const selectionKey = JSON.stringify(selection ?? null);
  // A new selection shows its editor from the top.
  useEffect(() => {
    panelRef.current?.scrollTo?.({ top: 0 });
  }, [selectionKey]);

  // The shell asks to show a place (an issue was clicked): open its workflow and select the stage or transition.
  useEffect(() => {
    const focus = props.focus;
    if (!focus || !workflowFiles(files, slug).includes(focus.file)) return;
    const workflow = asWorkflow(files[focus.file]);
    setChosen(focus.file);
    if (workflow) setSelection(selectionAt(workflow, focus.pointer));
    setFocusTick((n) => n + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focus]);

  const languages: Language[] = props.languages.map((code) => ({ code, name: (files[paths.translations(slug, code)] as TranslationsFile | undefined)?.name as string | undefined ?? code }));
  const workflow = path ? asWorkflow(files[path]) : undefined;
  const roles = files[paths.roles(slug)] as RolesFile | undefined;
  const recordTypeKey = workflow ? recordTypesOf(files, slug, workflow.id).map((rt) => rt.id).join(' ') : '';
  const recordTypes = useMemo(() => (recordTypeKey ? recordTypeKey.split(' ') : []), [recordTypeKey]);
  const warnings = useMemo(() => (workflow ? analyzeWorkflow(workflow, roles, recordTypes) : []), [workflow, roles, recordTypes]);

  if (paths_.length === 0) return <p className="muted">{t('workflow.noWorkflows')}</p>;

  const text = (key: string | undefined) => (key ? message(files, slug, labelLang, key) ?? key : '');
  const ctx: WorkflowContext | undefined = workflow && path
    ? {
        files,
        slug,
        workflowPath: path,
        workflow,
        languages,
        text,
        texts: (key) => Object.fromEntries(props.languages.map((l) => [l, (key && message(files, slug, l, key)) || ''])),
        pickers: {
          forms: formsOf(files, slug, workflow.id).map((f) => ({ value: f, label: `${text((files[paths.form(slug, f)] as { title?: string } | undefined)?.title) || f} (${f})` })),
          roles: Object.entries(roles?.roles ?? {}).map(([id, r]) => ({ value: id, label: text(r.label) || id })),
          fields: formsOf(files, slug, workflow.id).flatMap((f) => formFields(files, slug, f).map((field) => ({ value: `${f}.${field.path}`, label: `${f}.${field.path}` }))),
        },
        dateFields: formsOf(files, slug, workflow.id).flatMap((f) =>
          formFields(files, slug, f)
            .filter((field) => field.format === 'date' || field.format === 'date-time')
            .map((field) => ({ value: `${f}.${field.path}`, label: `${text(field.title) || field.path} (${f}.${field.path})` })),
        ),
        apply(label, edit) {
          const draft = new DraftEdit(files, slug, path);
          edit(draft);
          if (Object.keys(draft.changes).length > 0) props.update(draft.changes, label);
        },
      }
    : undefined;

  const stages = workflow ? stagesOf(workflow) : {};
  const transitions = workflow ? transitionsOf(workflow) : [];
  const stageText = (id: string) => text(stages[id]?.meta?.label) || id;
  const eventText = (event: string) => text(workflow?.events?.[event]?.label) || event;
  const describe = (w: WorkflowWarning) => t(`workflow.warning.${w.code}`, { stage: w.stage ? stageText(w.stage) : '', event: w.event ? eventText(w.event) : '', target: w.target ?? '' });

  // Warnings per stage and per transition (by pointer): the analysis, plus the engine's issues in this file.
  const fileIssues = props.issues.filter((i) => i.file === path);
  const stageWarnings: Record<string, string[]> = {};
  const transitionWarnings: Record<string, string[]> = {};
  const push = (map: Record<string, string[]>, key: string, text: string) => {
    const list = (map[key] ??= []);
    if (!list.includes(text)) list.push(text);
  };
  for (const w of warnings) {
    if (w.code === 'missingTarget' || w.code === 'undeclaredEvent' || w.code === 'unfireable') {
      for (const e of transitions) if (e.event === w.event && (!w.stage || w.stage === e.stage) && (w.code !== 'missingTarget' || e.transition.target === w.target)) push(transitionWarnings, e.pointer, describe(w));
    } else if (w.stage && stages[w.stage]) push(stageWarnings, w.stage, describe(w));
  }
  for (const issue of fileIssues) {
    const owner = transitions.find((e) => issue.pointer === e.pointer || issue.pointer.startsWith(`${e.pointer}/`));
    if (owner) push(transitionWarnings, owner.pointer, issueText(t, issue));
    else {
      const s = pointerSegments(issue.pointer);
      if (s[0] === 'machine' && s[1] === 'states' && s[2] && stages[s[2]]) push(stageWarnings, s[2], issueText(t, issue));
    }
  }
  const firing: Record<string, string[]> = {};
  for (const e of transitions) firing[e.event] ??= rolesFiring(roles, e.event, recordTypes).map((r) => text(roles?.roles[r]?.label) || r);

  const selectedStage = selection?.kind === 'stage' && stages[selection.id] ? selection.id : undefined;
  const selectedEntry = selection?.kind === 'transition' ? transitions.find((e) => samePlace(selection.ref, e)) : undefined;

  const graphStages: GraphStage[] = Object.entries(stages).map(([id, s]) => ({
    id,
    label: stageText(id),
    initial: workflow?.machine.initial === id,
    final: s.type === 'final',
    warnings: stageWarnings[id] ?? [],
    color: s.meta?.color,
  }));
  const graphTransitions: GraphTransition[] = transitions.map((e) => ({
    id: e.pointer,
    source: e.stage,
    target: e.transition.target,
    event: e.event,
    label: eventText(e.event),
    guard: e.transition.guard?.type,
    warnings: transitionWarnings[e.pointer] ?? [],
  }));
  const selectPointer = (pointer: string) => {
    const found = transitions.find((e) => e.pointer === pointer);
    if (found) setSelection({ kind: 'transition', ref: refOf(found) });
  };

  return (
    <div className="wf-designer">
      <nav className="wf-list-nav" aria-labelledby="wf-list-title">
        <h2 id="wf-list-title">{t('workflow.list.title')}</h2>
        <ul>
          {paths_.map((p) => {
            const w = asWorkflow(files[p]);
            const count = props.issues.filter((i) => i.file === p).length;
            return (
              <li key={p}>
                <button
                  type="button"
                  className={p === path ? 'wf-current' : undefined}
                  aria-current={p === path ? 'page' : undefined}
                  onClick={() => {
                    setChosen(p);
                    setSelection(undefined);
                  }}
                >
                  <span>{w ? text(w.label) || w.id : p}</span>
                  <span className="wf-list-meta">
                    {w?.id} · {t('workflow.list.stageCount', { count: w ? Object.keys(stagesOf(w)).length : 0 })}
                    {count > 0 && <span className="badge danger" aria-label={t('workflow.list.issues', { count })}>{count}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="wf-main">
        {!workflow || !ctx ? (
          <p className="error" role="alert">{t('workflow.broken', { file: path })}</p>
        ) : (
          <>
            <div className="toolbar" role="toolbar" aria-label={t('workflow.toolbar')}>
              <h2 className="wf-title">{text(workflow.label) || workflow.id}</h2>
              <div role="group" aria-label={t('workflow.view.label')} className="wf-segmented">
                <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
                  {t('workflow.view.graph')}
                </button>
                <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                  {t('workflow.view.table')}
                </button>
              </div>
              {view === 'graph' && (
                <button type="button" className="small" aria-pressed={!vertical} onClick={() => setVertical(!vertical)}>
                  {t('workflow.view.leftToRight')}
                </button>
              )}
              <label htmlFor="wf-label-lang">{t('workflow.view.labelLanguage')}</label>
              <select id="wf-label-lang" value={labelLang} onChange={(e) => setLabelLang(e.target.value)}>
                {languages.map((l) => (
                  <option key={l.code} value={l.code}>{l.name}</option>
                ))}
              </select>
              <span className="spacer" />
              <button type="button" id="wf-add-stage" className="primary" onClick={() => setSelection({ kind: 'addStage' })}>
                {t('workflow.stage.add')}
              </button>
              <button type="button" id="wf-add-transition" onClick={() => setSelection({ kind: 'addTransition', from: selectedStage })}>
                {t('workflow.transition.add')}
              </button>
            </div>

            <section className="wf-warnings" aria-labelledby="wf-warnings-title" aria-live="polite">
              <h3 id="wf-warnings-title">
                {t('workflow.warnings.title')} <span className={`badge ${warnings.length ? 'danger' : 'ok'}`}>{warnings.length}</span>
              </h3>
              {warnings.length === 0 ? (
                <p className="muted">{t('workflow.warnings.none')}</p>
              ) : (
                <ul>
                  {warnings.map((w, i) => (
                    <li key={`${w.code}-${w.pointer}-${i}`} data-warning={w.code} data-stage={w.stage}>
                      <button type="button" className="link" onClick={() => setSelection(selectionAt(workflow, w.pointer.replace(/\/target$/, '')) ?? undefined)}>
                        {describe(w)}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {view === 'graph' ? (
              <WorkflowGraph
                stages={graphStages}
                transitions={graphTransitions}
                selectedStage={selectedStage}
                selectedTransition={selectedEntry?.pointer}
                vertical={vertical}
                focusTick={focusTick}
                onSelectStage={(id) => setSelection({ kind: 'stage', id })}
                onSelectTransition={selectPointer}
                onConnect={(from, to) => setSelection({ kind: 'addTransition', from, to })}
              />
            ) : (
              <WorkflowTable
                ctx={ctx}
                stageWarnings={stageWarnings}
                transitionWarnings={transitionWarnings}
                firing={firing}
                selectedStage={selectedStage}
                selectedTransition={selectedEntry?.pointer}
                onSelectStage={(id) => setSelection({ kind: 'stage', id })}
                onSelectTransition={(e) => setSelection({ kind: 'transition', ref: refOf(e) })}
              />
            )}
          </>
        )}
      </div>

      <aside className="wf-panel" aria-label={t('workflow.panel')} ref={panelRef}>
        {ctx && selection?.kind === 'addStage' && (
          <AddStageForm
            ctx={ctx}
            onDone={(id) => setSelection(id ? { kind: 'stage', id } : undefined)}
          />
        )}
        {ctx && selection?.kind === 'addTransition' && (
          <AddTransitionForm
            key={`${selection.from ?? ''}>${selection.to ?? ''}`}
            ctx={ctx}
            from={selection.from}
            to={selection.to}
            onDone={(ref) => setSelection(ref ? { kind: 'transition', ref } : undefined)}
          />
        )}
        {ctx && selectedStage && (
          <StagePanel
            ctx={ctx}
            stageId={selectedStage}
            warnings={stageWarnings[selectedStage] ?? []}
            onSelectStage={(id) => setSelection(id ? { kind: 'stage', id } : undefined)}
            onSelectTransition={(e) => setSelection({ kind: 'transition', ref: refOf(e) })}
            onAddTransition={(from) => setSelection({ kind: 'addTransition', from })}
          />
        )}
        {ctx && selectedEntry && (
          <TransitionPanel
            ctx={ctx}
            transition={refOf(selectedEntry)}
            catalog={props.catalog}
            recordTypes={recordTypes}
            warnings={transitionWarnings[selectedEntry.pointer] ?? []}
            onSelect={(ref) => setSelection(ref ? { kind: 'transition', ref } : undefined)}
          />
        )}
        {!selection || (selection.kind === 'stage' && !selectedStage) || (selection.kind === 'transition' && !selectedEntry) ? (
          <p className="muted wf-hint">{t('workflow.panelHint')}</p>
        ) : null}
      </aside>
    </div>
  );
}

function AddStageForm({ ctx, onDone }: { ctx: WorkflowContext; onDone(id?: string): void }) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [labels, setLabels] = useState<Texts>({});
  const [final, setFinal] = useState(false);
  const taken = !!stagesOf(ctx.workflow)[id];
  const valid = idPattern.test(id) && !taken;
  return (
    <form
      className="wf-panel-body"
      aria-labelledby="wf-add-stage-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        ctx.apply(t('workflow.undo.addStage', { id }), (d) => addStage(d, { id, labels, final }));
        onDone(id);
      }}
    >
      <h2 id="wf-add-stage-title">{t('workflow.stage.add')}</h2>
      <div className="field">
        <label htmlFor="wf-new-stage-id">{t('workflow.stage.id')}</label>
        <input id="wf-new-stage-id" value={id} required autoFocus onChange={(e) => setId(e.target.value)} aria-invalid={!!id && !valid} aria-describedby="wf-new-stage-hint" />
        <span className="hint" id="wf-new-stage-hint">{taken ? t('workflow.stage.idTaken') : t('workflow.idHint')}</span>
      </div>
      <TextsFields legend={t('workflow.stage.label')} languages={ctx.languages} values={labels} onChange={setLabels} idPrefix="wf-new-stage-label" required />
      <div className="wf-check">
        <input id="wf-new-stage-final" type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} />
        <label htmlFor="wf-new-stage-final">{t('workflow.stage.final')}</label>
      </div>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={!valid}>
          {t('workflow.stage.addSubmit')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddTransitionForm({ ctx, from: initialFrom, to: initialTo, onDone }: { ctx: WorkflowContext; from?: string; to?: string; onDone(ref?: TransitionRef): void }) {
  const { t } = useTranslation();
  const stages = stagesOf(ctx.workflow);
  const ids = Object.keys(stages);
  const [from, setFrom] = useState(initialFrom ?? ids.find((id) => stages[id]?.type !== 'final') ?? '');
  const [to, setTo] = useState(initialTo ?? ids[0] ?? '');
  const [event, setEvent] = useState('');
  const [labels, setLabels] = useState<Texts>({});
  const [roles, setRoles] = useState<string[]>([]);
  const known = !!ctx.workflow.events?.[event];
  const existingTexts = ctx.texts(known ? ctx.workflow.events[event]!.label : `event.${event}`);
  const valid = eventPattern.test(event) && !!stages[from] && !!stages[to] && stages[from]?.type !== 'final';
  const stageText = (id: string) => ctx.text(stages[id]?.meta?.label) || id;
  return (
    <form
      className="wf-panel-body"
      aria-labelledby="wf-add-transition-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        let ref: TransitionRef | undefined;
        ctx.apply(t('workflow.undo.addTransition', { event, from, to }), (d) => {
          ref = addTransition(d, from, { event, target: to, labels: known ? undefined : { ...existingTexts, ...Object.fromEntries(Object.entries(labels).filter(([, v]) => v.trim())) } });
          for (const role of roles) setFireRole(d, role, event, true);
        });
        onDone(ref);
      }}
    >
      <h2 id="wf-add-transition-title">{t('workflow.transition.add')}</h2>
      <p className="hint">{t('workflow.transition.dragHint')}</p>
      <div className="field">
        <label htmlFor="wf-new-tr-from">{t('workflow.table.from')}</label>
        <select id="wf-new-tr-from" value={from} onChange={(e) => setFrom(e.target.value)}>
          {ids.filter((id) => stages[id]?.type !== 'final').map((id) => (
            <option key={id} value={id}>{stageText(id)} ({id})</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wf-new-tr-event">{t('workflow.transition.event')}</label>
        <input id="wf-new-tr-event" value={event} list="wf-new-tr-events" required autoFocus aria-invalid={!!event && !eventPattern.test(event)} aria-describedby="wf-new-tr-event-hint" onChange={(e) => setEvent(e.target.value.toUpperCase())} />
        <datalist id="wf-new-tr-events">
          {Object.keys(ctx.workflow.events ?? {}).map((e) => (
            <option key={e} value={e}>{ctx.text(ctx.workflow.events[e]!.label)}</option>
          ))}
        </datalist>
        <span className="hint" id="wf-new-tr-event-hint">{t('workflow.transition.eventHint')}</span>
      </div>
      <div className="field">
        <label htmlFor="wf-new-tr-to">{t('workflow.table.to')}</label>
        <select id="wf-new-tr-to" value={to} onChange={(e) => setTo(e.target.value)}>
          {ids.map((id) => (
            <option key={id} value={id}>{stageText(id)} ({id})</option>
          ))}
        </select>
      </div>
      {!known && eventPattern.test(event) && (
        <TextsFields
          legend={t('workflow.transition.label')}
          languages={ctx.languages}
          values={Object.fromEntries(ctx.languages.map((l) => [l.code, labels[l.code] ?? existingTexts[l.code] ?? '']))}
          onChange={setLabels}
          idPrefix="wf-new-tr-label"
          required
        />
      )}
      <CheckList legend={t('workflow.transition.roles')} options={ctx.pickers.roles} selected={roles} onChange={setRoles} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={!valid}>
          {t('workflow.transition.addSubmit')}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
