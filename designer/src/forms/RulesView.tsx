// The rule builder: show/require rules of a form as conditions (field, operator, value) combined with AND/OR.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormEditorContext } from './FormEditor';
import { fieldAt, identifierPattern, listFields, normaliseRequired, type FieldJson, type FormJson } from './formModel';
import { fromRule, newLeaf, operatorsFor, operatorValue, toRule, type ConditionNode, type FormRuleJson, type LeafCondition, type Operator, type RuleModel, type ValueType } from './ruleModel';
import { displayText } from './texts';
import { parseError } from './JsonView';
import { IssueMessage, type IssueLike } from '../issues/issueText';
import type { FieldCondition } from '@suraksha/engine';

export function RulesView({ ctx, selected, onSelect }: { ctx: FormEditorContext; selected?: number | undefined; onSelect: (index: number | undefined) => void }) {
  const { t } = useTranslation();
  const { form } = ctx;
  const rules = (form.rules ?? []) as FormRuleJson[];
  const save = (next: FormRuleJson[], label: string) => {
    const updated: FormJson = { ...form, rules: next };
    if (next.length === 0) delete updated.rules;
    ctx.commit(normaliseRequired(updated), label);
  };
  const label = (path: string) => displayText(ctx.files, ctx.slug, ctx.languages, ctx.uiLanguage, fieldAt(form.schema, path)?.title) || path;
  const fields = listFields(form.schema);
  const add = () => {
    const first = fields.find((f) => f.field.type !== 'object') ?? fields[0];
    if (!first) return;
    let n = rules.length + 1;
    while (rules.some((r) => r.id === `rule${n}`)) n++;
    const rule = toRule({ id: `rule${n}`, condition: newLeaf(first.path, first.field.type), show: [] });
    save([...rules, rule], t('forms.history.addRule', { id: rule.id }));
    onSelect(rules.length);
  };
  return (
    <div className="forms-rules">
      <div className="toolbar">
        <h3>{t('forms.rules.heading')}</h3>
        <button type="button" className="small primary" onClick={add} disabled={fields.length === 0}>
          {t('forms.rules.add')}
        </button>
      </div>
      {rules.length === 0 ? <p className="muted">{t('forms.rules.none')}</p> : null}
      <ul className="forms-rule-list">
        {rules.map((rule, index) => (
          <li key={`${index}-${rule.id}`} className="card">
            <button type="button" className="link" aria-expanded={selected === index} onClick={() => onSelect(selected === index ? undefined : index)} data-rule={rule.id}>
              <strong>{rule.id}</strong>: {summary(fromRule(rule), label, t)}
            </button>
            {selected === index ? (
              <RuleEditor
                ctx={ctx}
                rule={rule}
                otherIds={rules.filter((_, j) => j !== index).map((r) => r.id)}
                onSave={(next) => save(rules.map((r, j) => (j === index ? next : r)), t('forms.history.editRule', { id: next.id }))}
                onDelete={() => {
                  save(
                    rules.filter((_, j) => j !== index),
                    t('forms.history.removeRule', { id: rule.id }),
                  );
                  onSelect(undefined);
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function summary(model: RuleModel, label: (path: string) => string, t: T): string {
  const effects = [model.show?.length ? t('forms.rules.showsN', { fields: model.show.map(label).join(', ') }) : '', model.require?.length ? t('forms.rules.requiresN', { fields: model.require.map(label).join(', ') }) : ''].filter(Boolean).join('; ');
  return `${t('forms.rules.when')} ${conditionText(model.condition, label, t)} → ${effects || '—'}`;
}

function conditionText(node: ConditionNode, label: (path: string) => string, t: T): string {
  if (node.kind === 'raw') return t('forms.rules.rawShort');
  if (node.kind === 'group') return `(${node.items.map((n) => conditionText(n, label, t)).join(` ${t(`forms.rules.${node.combinator}`)} `)})`;
  const value = operatorValue(node.operator) === 'none' ? '' : ` ${JSON.stringify(node.value)}`;
  return `${label(node.field)} ${t(`forms.operator.${node.operator}`)}${value}`;
}

function RuleEditor({ ctx, rule, otherIds, onSave, onDelete }: { ctx: FormEditorContext; rule: FormRuleJson; otherIds: string[]; onSave: (rule: FormRuleJson) => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const [model, setModel] = useState<RuleModel>(() => fromRule(rule));
  useEffect(() => setModel(fromRule(rule)), [rule]);
  const fields = listFields(ctx.form.schema);
  const label = (path: string) => displayText(ctx.files, ctx.slug, ctx.languages, ctx.uiLanguage, fieldAt(ctx.form.schema, path)?.title) || path;
  const idError = !identifierPattern.test(model.id) ? t('forms.errors.identifier') : otherIds.includes(model.id) ? t('forms.errors.duplicate') : undefined;
  const rawError = findRawError(model.condition);
  const toggle = (key: 'show' | 'require', path: string, on: boolean) => {
    const list = (model[key] ?? []).filter((p) => p !== path);
    if (on) list.push(path);
    setModel({ ...model, [key]: list });
  };
  const dirty = JSON.stringify(toRuleSafe(model)) !== JSON.stringify(rule);
  return (
    <form
      className="forms-rule-editor"
      aria-label={t('forms.rules.editing', { id: rule.id })}
      onSubmit={(e) => {
        e.preventDefault();
        if (idError || rawError) return;
        const next = toRule(model);
        if (next.show?.length === 0 && rule.show === undefined) delete next.show;
        if (next.require?.length === 0) delete next.require;
        onSave(next);
      }}
    >
      <div className="field">
        <label htmlFor="forms-rule-id">{t('forms.rules.id')}</label>
        <input id="forms-rule-id" value={model.id} onChange={(e) => setModel({ ...model, id: e.target.value })} aria-invalid={idError ? true : undefined} />
        {idError ? <span className="field-error">{idError}</span> : null}
      </div>
      <fieldset>
        <legend>{t('forms.rules.condition')}</legend>
        <ConditionEditor ctx={ctx} node={model.condition} onChange={(condition) => setModel({ ...model, condition })} depth={0} />
      </fieldset>
      <div className="forms-rule-targets">
        {(['show', 'require'] as const).map((key) => (
          <fieldset key={key}>
            <legend>{t(`forms.rules.${key}`)}</legend>
            <div className="forms-target-list">
              {fields.map(({ path, depth }) => (
                <label key={path} className="forms-inline" style={{ paddingInlineStart: `${depth}rem` }}>
                  <input type="checkbox" checked={model[key]?.includes(path) ?? false} onChange={(e) => toggle(key, path, e.target.checked)} /> {label(path)} <code className="muted">{path}</code>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={Boolean(idError || rawError) || !dirty}>
          {t('forms.rules.apply')}
        </button>
        <button type="button" onClick={() => setModel(fromRule(rule))} disabled={!dirty}>
          {t('forms.rules.reset')}
        </button>
        <span className="spacer" />
        <button type="button" className="danger" onClick={onDelete}>
          {t('forms.rules.delete')}
        </button>
      </div>
    </form>
  );
}

function toRuleSafe(model: RuleModel): FormRuleJson | undefined {
  try {
    return toRule(model);
  } catch {
    return undefined;
  }
}

function findRawError(node: ConditionNode): boolean {
  if (node.kind === 'group') return node.items.some(findRawError);
  if (node.kind === 'raw') return (node as { error?: boolean }).error === true;
  return false;
}

function ConditionEditor({ ctx, node, onChange, onRemove, depth }: { ctx: FormEditorContext; node: ConditionNode; onChange: (node: ConditionNode) => void; onRemove?: () => void; depth: number }) {
  const { t } = useTranslation();
  if (node.kind === 'raw') return <RawCondition node={node} onChange={onChange} onRemove={onRemove} />;
  if (node.kind === 'leaf') {
    const wrap = (combinator: 'all' | 'any') => onChange({ kind: 'group', combinator, items: [node, newLeaf(node.field, fieldType(ctx, node.field))] });
    return (
      <div className="forms-condition">
        <LeafEditor ctx={ctx} leaf={node} onChange={onChange} />
        <div className="toolbar">
          {depth === 0 ? (
            <>
              <button type="button" className="small" onClick={() => wrap('all')}>
                {t('forms.rules.addAnd')}
              </button>
              <button type="button" className="small" onClick={() => wrap('any')}>
                {t('forms.rules.addOr')}
              </button>
            </>
          ) : null}
          {onRemove ? (
            <button type="button" className="small danger" onClick={onRemove}>
              {t('forms.rules.removeCondition')}
            </button>
          ) : null}
        </div>
      </div>
    );
  }
  const setItem = (i: number, item: ConditionNode) => onChange({ ...node, items: node.items.map((x, j) => (j === i ? item : x)) });
  const removeItem = (i: number) => {
    const items = node.items.filter((_, j) => j !== i);
    // A group of one is just that condition.
    onChange(items.length === 1 ? items[0]! : { ...node, items });
  };
  const firstField = listFields(ctx.form.schema).find((f) => f.field.type !== 'object')?.path ?? '';
  return (
    <div className={`forms-group depth-${depth}`} role="group" aria-label={t('forms.rules.group')}>
      <div className="field forms-inline">
        <label htmlFor={`forms-combinator-${depth}`}>{t('forms.rules.combine')}</label>
        <select id={`forms-combinator-${depth}`} value={node.combinator} onChange={(e) => onChange({ ...node, combinator: e.target.value as 'all' | 'any' })}>
          <option value="all">{t('forms.rules.allLong')}</option>
          <option value="any">{t('forms.rules.anyLong')}</option>
        </select>
      </div>
      {node.items.map((item, i) => (
        <ConditionEditor key={i} ctx={ctx} node={item} depth={depth + 1} onChange={(n) => setItem(i, n)} onRemove={node.items.length > 1 ? () => removeItem(i) : undefined} />
      ))}
      <div className="toolbar">
        <button type="button" className="small" onClick={() => onChange({ ...node, items: [...node.items, newLeaf(firstField, fieldType(ctx, firstField))] })}>
          {t('forms.rules.addCondition')}
        </button>
        {depth < 2 ? (
          <button type="button" className="small" onClick={() => onChange({ ...node, items: [...node.items, { kind: 'group', combinator: node.combinator === 'all' ? 'any' : 'all', items: [newLeaf(firstField, fieldType(ctx, firstField))] }] })}>
            {t('forms.rules.addGroup')}
          </button>
        ) : null}
        {onRemove ? (
          <button type="button" className="small danger" onClick={onRemove}>
            {t('forms.rules.removeGroup')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function fieldType(ctx: FormEditorContext, path: string): ValueType | undefined {
  return fieldAt(ctx.form.schema, path)?.type;
}

let leafIds = 0;

function LeafEditor({ ctx, leaf, onChange }: { ctx: FormEditorContext; leaf: LeafCondition; onChange: (leaf: LeafCondition) => void }) {
  const { t } = useTranslation();
  const [uid] = useState(() => `forms-leaf-${++leafIds}`);
  const fields = listFields(ctx.form.schema);
  const field = fieldAt(ctx.form.schema, leaf.field);
  const operators = operatorsFor(field?.type);
  const label = (path: string) => displayText(ctx.files, ctx.slug, ctx.languages, ctx.uiLanguage, fieldAt(ctx.form.schema, path)?.title) || path;
  const kindOfValue = operatorValue(leaf.operator);
  return (
    <div className="forms-leaf" role="group" aria-label={t('forms.rules.conditionOn', { field: label(leaf.field) })}>
      <div className="field">
        <label htmlFor={`${uid}-field`}>{t('forms.rules.field')}</label>
        <select
          id={`${uid}-field`}
          value={leaf.field}
          onChange={(e) => {
            const type = fieldType(ctx, e.target.value);
            onChange(newLeaf(e.target.value, type));
          }}
        >
          {fields.map(({ path, depth }) => (
            <option key={path} value={path}>
              {'\u00a0'.repeat(depth * 2)}
              {label(path)}
            </option>
          ))}
          {field ? null : <option value={leaf.field}>{leaf.field}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-operator`}>{t('forms.rules.operator')}</label>
        <select
          id={`${uid}-operator`}
          value={leaf.operator}
          onChange={(e) => {
            const operator = e.target.value as Operator;
            const value = operatorValue(operator) === 'list' ? (leaf.value === undefined || leaf.value === '' ? [] : Array.isArray(leaf.value) ? leaf.value : [leaf.value]) : operatorValue(operator) === 'none' ? undefined : Array.isArray(leaf.value) ? leaf.value[0] : leaf.value;
            const type = operator === 'isFilled' || operator === 'isEmpty' ? (field?.type === 'object' || field?.type === 'array' || field?.type === 'string' ? field.type : undefined) : field?.type === 'array' ? 'array' : undefined;
            const next: LeafCondition = { kind: 'leaf', field: leaf.field, operator, ...(value !== undefined ? { value } : {}), ...(type ? { type } : {}) };
            onChange(next);
          }}
        >
          {operators.map((o) => (
            <option key={o} value={o}>
              {t(`forms.operator.${o}`)}
            </option>
          ))}
          {operators.includes(leaf.operator) ? null : <option value={leaf.operator}>{t(`forms.operator.${leaf.operator}`)}</option>}
        </select>
      </div>
      {kindOfValue !== 'none' ? <ValueEditor ctx={ctx} id={`${uid}-value`} field={field} list={kindOfValue === 'list'} value={leaf.value} onChange={(value) => onChange({ ...leaf, value })} /> : null}
    </div>
  );
}

function ValueEditor({ ctx, id, field, list, value, onChange }: { ctx: FormEditorContext; id: string; field: FieldJson | undefined; list: boolean; value: unknown; onChange: (value: unknown) => void }) {
  const { t } = useTranslation();
  const options = field?.oneOf ?? field?.items?.oneOf;
  const optionLabel = (key: string | undefined, fallback: string) => displayText(ctx.files, ctx.slug, ctx.languages, ctx.uiLanguage, key) || fallback;
  if (options && list) {
    const values = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field">
        <legend>{t('forms.rules.values')}</legend>
        {options.map((o) => (
          <label key={String(o.const)} className="forms-inline">
            <input type="checkbox" checked={values.includes(o.const)} onChange={(e) => onChange(e.target.checked ? [...values, o.const] : values.filter((v) => v !== o.const))} /> {optionLabel(o.title, String(o.const))}
          </label>
        ))}
      </fieldset>
    );
  }
  if (options) {
    return (
      <div className="field">
        <label htmlFor={id}>{t('forms.rules.value')}</label>
        <select id={id} value={JSON.stringify(value ?? null)} onChange={(e) => onChange(JSON.parse(e.target.value))}>
          {options.some((o) => o.const === value) ? null : <option value={JSON.stringify(value ?? null)}>{value === undefined || value === '' ? t('forms.rules.choose') : String(value)}</option>}
          {options.map((o) => (
            <option key={String(o.const)} value={JSON.stringify(o.const)}>
              {optionLabel(o.title, String(o.const))}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (field?.type === 'boolean') {
    return (
      <div className="field">
        <label htmlFor={id}>{t('forms.rules.value')}</label>
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value === 'true')}>
          <option value="true">{t('forms.value.yes')}</option>
          <option value="false">{t('forms.value.no')}</option>
        </select>
      </div>
    );
  }
  const numeric = field?.type === 'number' || field?.type === 'integer';
  const text = list ? (Array.isArray(value) ? value.join(', ') : '') : value === undefined ? '' : String(value);
  return (
    <div className="field">
      <label htmlFor={id}>{list ? t('forms.rules.valuesComma') : t('forms.rules.value')}</label>
      <input
        id={id}
        type={numeric && !list ? 'number' : 'text'}
        value={text}
        onChange={(e) => {
          const parse = (s: string) => (numeric && s.trim() !== '' && !Number.isNaN(Number(s)) ? Number(s) : s.trim());
          onChange(list ? e.target.value.split(',').map((s) => s.trim()).filter(Boolean).map(parse) : parse(e.target.value));
        }}
      />
    </div>
  );
}

function RawCondition({ node, onChange, onRemove }: { node: { kind: 'raw'; when: FieldCondition }; onChange: (node: ConditionNode) => void; onRemove?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(node.when, null, 2));
  const [error, setError] = useState<IssueLike | undefined>();
  const [uid] = useState(() => `forms-raw-${++leafIds}`);
  return (
    <div className="forms-raw">
      <label htmlFor={uid}>{t('forms.rules.raw')}</label>
      <textarea
        id={uid}
        rows={6}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const when = JSON.parse(e.target.value) as FieldCondition;
            setError(undefined);
            onChange({ kind: 'raw', when });
          } catch {
            setError(parseError(e.target.value));
            onChange({ kind: 'raw', when: node.when, error: true } as ConditionNode);
          }
        }}
      />
      {error ? (
        <span className="field-error">
          <IssueMessage issue={error} />
        </span>
      ) : null}
      {onRemove ? (
        <button type="button" className="small danger" onClick={onRemove}>
          {t('forms.rules.removeCondition')}
        </button>
      ) : null}
    </div>
  );
}
