// Roles and permissions: roles × record actions × scope, roles × workflow events, field-level read/write of sensitive
// fields, and the rules the matrix cannot show ("advanced rules", as JSON). Edits workflows/<slug>/roles.json.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types';
import { configText } from '../shell/configText';
import { advancedRules, eventScope, hasAdvanced, isDenied, recordActions, recordScope, scopes, sensitiveFields, sensitiveFormFields, setDenied, setEventScope, setRecordScope, usualReason, type FieldAction, type Role, type RolesFile, type Scope } from './rolesModel';

interface Manifest {
  recordTypes?: { id: string; label: string; workflow: string }[];
}
interface Workflow {
  label?: string;
  events?: Record<string, { label?: string }>;
}

export function RolesEditor({ slug, languages, files, update, focus, uiLanguage }: EditorProps) {
  const { t } = useTranslation();
  const path = `workflows/${slug}/roles.json`;
  const roles = files[path] as RolesFile | undefined;
  const manifest = files[`form-definitions/${slug}/state.json`] as Manifest | undefined;
  const recordTypes = useMemo(() => manifest?.recordTypes ?? [], [manifest]);
  const typeIds = useMemo(() => recordTypes.map((r) => r.id), [recordTypes]);
  const [type, setType] = useState(recordTypes[0]?.id ?? '');
  const [extraFields, setExtraFields] = useState<string[]>([]);
  const [newField, setNewField] = useState('');
  const text = useMemo(() => configText(files, slug, languages, uiLanguage), [files, slug, languages, uiLanguage]);

  // An issue in roles.json names a role (/roles/<id>/…): bring that role into view.
  useEffect(() => {
    const id = focus?.file === path ? /^\/roles\/([^/]+)/.exec(focus.pointer)?.[1] : undefined;
    if (id) document.getElementById(`role-${id}`)?.scrollIntoView({ block: 'center' });
  }, [focus, path]);

  if (!roles?.roles) return <p className="banner error">{t('roles.noFile', { path })}</p>;
  const roleIds = Object.keys(roles.roles);
  const workflowOf = recordTypes.find((r) => r.id === type)?.workflow;
  const workflow = workflowOf ? (files[`workflows/${slug}/${workflowOf}.json`] as Workflow | undefined) : undefined;
  const events = Object.entries(workflow?.events ?? {});
  const fields = [...new Set([...sensitiveFields(roles), ...sensitiveFormFields(files, slug), ...extraFields])];
  const typeLabel = (id: string) => text(recordTypes.find((r) => r.id === id)?.label ?? id);

  const change = (roleId: string, next: Role, label: string) => {
    if (next === roles.roles[roleId]) return;
    update({ [path]: { ...roles, roles: { ...roles.roles, [roleId]: next } } }, label);
  };
  // The header row of the events and fields matrices: the row heading's column, then one column a role.
  const roleColumns = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {roleIds.map((id) => (
          <th scope="col" key={id}>
            {text(roles.roles[id]!.label)}
          </th>
        ))}
      </tr>
    </thead>
  );
  const scopeSelect = (id: string, value: Scope, label: string, onChange: (scope: Scope) => void) => (
    <select id={id} value={value} aria-label={label} onChange={(e) => onChange(e.target.value as Scope)} data-scope={value} style={value === 'none' ? { color: 'var(--muted)' } : undefined}>
      {scopes.map((s) => (
        <option key={s} value={s}>
          {t(`roles.scope.${s}`)}
        </option>
      ))}
    </select>
  );

  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('roles.title')}</h2>
      <p className="note">{t('roles.intro')}</p>
      <div className="toolbar">
        <label htmlFor="roles-type">{t('roles.recordType')}</label>
        <select id="roles-type" value={type} onChange={(e) => setType(e.target.value)}>
          {recordTypes.map((r) => (
            <option key={r.id} value={r.id}>
              {text(r.label)} ({r.id})
            </option>
          ))}
        </select>
      </div>

      <h3 id="roles-actions-heading">{t('roles.recordActions', { type: typeLabel(type) })}</h3>
      <table className="grid roles-matrix" aria-labelledby="roles-actions-heading">
        <thead>
          <tr>
            <th scope="col">{t('roles.role')}</th>
            {recordActions.map((a) => (
              <th scope="col" key={a}>
                {t(`roles.action.${a}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roleIds.map((id) => {
            const role = roles.roles[id]!;
            return (
              <tr key={id} data-role={id}>
                <th scope="row" id={`role-${id}`} tabIndex={-1}>
                  {text(role.label)} <span className="note">({id})</span>
                </th>
                {recordActions.map((a) => (
                  <td key={a}>
                    {scopeSelect(`cell-${id}-${a}`, recordScope(role, a, type), t('roles.cellLabel', { role: text(role.label), action: t(`roles.action.${a}`), type: typeLabel(type) }), (scope) =>
                      change(id, setRecordScope(role, a, type, scope, typeIds), t('roles.editLabel', { role: id, action: a, type, scope: t(`roles.scope.${scope}`) })),
                    )}
                    {hasAdvanced(role, a, type) ? (
                      <span className="note" style={{ display: 'block', fontSize: '0.8rem' }}>
                        {t('roles.plusAdvanced')}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3 id="roles-events-heading">{t('roles.events', { type: typeLabel(type) })}</h3>
      {events.length === 0 ? <p className="note">{t('roles.noEvents')}</p> : null}
      <div style={{ overflowX: 'auto' }}>
        <table className="grid roles-events" aria-labelledby="roles-events-heading">
          {roleColumns(t('roles.event'))}
          <tbody>
            {events.map(([event, def]) => (
              <tr key={event} data-event={event}>
                <th scope="row">
                  {def.label ? text(def.label) : event} <span className="note">({event})</span>
                </th>
                {roleIds.map((id) => {
                  const role = roles.roles[id]!;
                  return (
                    <td key={id}>
                      {scopeSelect(`event-${event}-${id}`, eventScope(role, event, type), t('roles.eventCellLabel', { role: text(role.label), event: def.label ? text(def.label) : event }), (scope) =>
                        change(id, setEventScope(role, event, type, scope, typeIds), t('roles.eventEditLabel', { role: id, event, scope: t(`roles.scope.${scope}`) })),
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="roles-fields-heading">{t('roles.sensitive')}</h3>
      <p className="note">{t('roles.sensitiveIntro')}</p>
      <div style={{ overflowX: 'auto', maxHeight: '28rem', overflowY: 'auto' }}>
        <table className="grid roles-fields" aria-labelledby="roles-fields-heading">
          {roleColumns(t('roles.field'))}
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row" style={{ fontFamily: 'monospace', fontWeight: 400, fontSize: '0.85rem' }}>
                  {field}
                </th>
                {roleIds.map((id) => {
                  const role = roles.roles[id]!;
                  const toggle = (action: FieldAction, allowed: boolean) =>
                    change(id, setDenied(role, action, field, !allowed, usualReason(roles)), t(allowed ? 'roles.allowLabel' : 'roles.denyLabel', { role: id, field, action: t(`roles.fieldAction.${action}`) }));
                  return (
                    <td key={id} style={{ whiteSpace: 'nowrap' }}>
                      {(['read', 'update'] as const).map((action) => (
                        <label key={action} style={{ fontWeight: 400, marginInlineEnd: '0.5rem' }}>
                          <input type="checkbox" checked={!isDenied(role, action, field)} onChange={(e) => toggle(action, e.target.checked)} aria-label={t('roles.fieldCellLabel', { role: text(role.label), field, action: t(`roles.fieldAction.${action}`) })} />{' '}
                          {t(`roles.fieldAction.${action}`)}
                        </label>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="toolbar"
        style={{ marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          const field = newField.trim();
          if (field && /^[A-Za-z0-9_.*]+$/.test(field)) setExtraFields((f) => [...f, field]);
          setNewField('');
        }}
      >
        <label htmlFor="roles-new-field">{t('roles.addField')}</label>
        <input id="roles-new-field" value={newField} onChange={(e) => setNewField(e.target.value)} placeholder="form22.identity.caste" />
        <button type="submit" className="small">
          {t('roles.add')}
        </button>
      </form>

      <h3>{t('roles.advanced')}</h3>
      <p className="note">{t('roles.advancedIntro')}</p>
      {roleIds.map((id) => {
        const advanced = advancedRules(roles.roles[id]!);
        if (advanced.length === 0) return null;
        return (
          <details key={id} data-advanced-role={id}>
            <summary>
              {text(roles.roles[id]!.label)} ({id}) — {t('roles.advancedCount', { count: advanced.length })}
            </summary>
            {advanced.map(({ index, rule }) => (
              <div key={index}>
                <p className="note">{t('roles.ruleAt', { pointer: `/roles/${id}/rules/${index}` })}</p>
                <pre className="json">{JSON.stringify(rule, null, 2)}</pre>
              </div>
            ))}
          </details>
        );
      })}
    </section>
  );
}
