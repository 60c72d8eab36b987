// The properties of one field: identifier, labels and help in every language, constraints, options, access by role.
import { useTranslation } from 'react-i18next';
import { CommitInput } from './CommitInput';
import type { FormEditorContext } from './FormEditor';
import {
  childrenOf,
  fieldAt,
  fieldKey,
  identifierPattern,
  isRequired,
  kindOf,
  nextOption,
  renameField,
  replaceField,
  roleMay,
  setRequired,
  setRoleAccess,
  setText,
  denySensitive,
  translationPath,
  type FieldJson,
  type RolesJson,
  type TranslationsJson,
} from './formModel';
import { displayText, textsOf } from './texts';
import { languageNames } from '../setupI18n';

const sensitiveCategories = ['caste', 'religion', 'health', 'disability', 'abuse', 'perpetrator', 'aadhaar', 'identity'] as const;
const officeTypes = ['cwc', 'jjb', 'cci', 'police', 'sjpu', 'railwayPolice', 'dcpu', 'scps', 'childline', 'ngo'];

export function FieldProperties({ ctx, path, onRenamed }: { ctx: FormEditorContext; path: string; onRenamed: (path: string) => void }) {
  const { t } = useTranslation();
  const { form, formId, files, slug, languages } = ctx;
  const field = fieldAt(form.schema, path)!;
  const kind = kindOf(field);
  const name = path.split('.').at(-1)!;
  const parent = path.split('.').slice(0, -1).join('.');
  const siblings = Object.keys(childrenOf(parent ? fieldAt(form.schema, parent)! : form.schema) ?? {});
  const id = (suffix: string) => `forms-prop-${suffix}`;
  const options = field.oneOf ?? field.items?.oneOf;

  const rolesPath = `workflows/${slug}/roles.json`;
  const roles = files[rolesPath] as RolesJson | undefined;
  const permission = `${formId}.${path}`;
  const change = (next: FieldJson, label: string, extra: Record<string, unknown> = {}) => ctx.commit(replaceField(form, path, next), label, extra);
  const setProp = (key: string, value: unknown) => {
    const next = { ...field } as FieldJson;
    if (value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value))) delete next[key];
    else next[key] = value;
    change(next, t('forms.history.setProp', { path, prop: key }));
  };
  /** Writes one language's text of a key (creating the key on the field when `attach` is given). */
  const setText = (key: string, lang: string, text: string, attach?: (f: FieldJson) => FieldJson) => {
    const file = files[translationPath(slug, lang)] as TranslationsJson | undefined;
    if (!file) return;
    const messages = { ...file.messages };
    if (text.trim()) messages[key] = text.trim();
    else delete messages[key];
    const changes = { [translationPath(slug, lang)]: { ...file, messages } };
    if (attach) ctx.commit(replaceField(form, path, attach(field)), t('forms.history.setText', { path, lang }), changes);
    else ctx.update(changes, t('forms.history.setText', { path, lang }));
  };

  const validateName = (value: string) => {
    if (!identifierPattern.test(value)) return t('forms.errors.identifier');
    if (value !== name && siblings.includes(value)) return t('forms.errors.duplicate');
    return undefined;
  };
  const rename = (value: string) => {
    const newPath = parent ? `${parent}.${value}` : value;
    const { form: next, changes } = ctx.relocate(renameField(form, path, value), path, newPath);
    ctx.commit(next, t('forms.history.rename', { path, name: value }), changes);
    onRenamed(newPath);
  };

  const titleKey = field.title ?? fieldKey(formId, path);
  const helpKey = field.description ?? `${fieldKey(formId, path)}.help`;
  const titles = textsOf(files, slug, languages, field.title);
  const helps = textsOf(files, slug, languages, field.description);
  const numberProp = (key: string, label: string) => (
    <div className="field" key={key}>
      <label htmlFor={id(key)}>{label}</label>
      <CommitInput id={id(key)} type="number" value={field[key] === undefined ? '' : String(field[key])} onCommit={(v) => setProp(key, v === '' ? undefined : Number(v))} />
    </div>
  );
  const isText = field.type === 'string' && !options && !['district', 'office', 'photo', 'attachment', 'date', 'time', 'dateTime'].includes(kind);
  const isNumber = (field.type === 'number' || field.type === 'integer') && !options;

  return (
    <form className="forms-props" aria-labelledby="forms-props-heading" onSubmit={(e) => e.preventDefault()}>
      <h3 id="forms-props-heading">
        {t('forms.props.heading')} <span className="muted">({t(`forms.kind.${kind}`)})</span>
      </h3>
      <div className="field">
        <label htmlFor={id('name')}>{t('forms.props.identifier')}</label>
        <CommitInput id={id('name')} value={name} validate={validateName} onCommit={rename} spellCheck={false} />
        <span className="hint">{t('forms.props.identifierHint')}</span>
      </div>
      <fieldset>
        <legend>{t('forms.props.label')}</legend>
        {languages.map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={id(`label-${lang}`)}>{languageNames[lang] ?? lang}</label>
            <CommitInput id={id(`label-${lang}`)} lang={lang} value={titles[lang] ?? ''} onCommit={(v) => setText(titleKey, lang, v, field.title ? undefined : (f) => ({ ...f, title: titleKey }))} />
            {!titles[lang] ? <span className="field-error">{t('forms.props.missingText')}</span> : null}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('forms.props.help')}</legend>
        {languages.map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={id(`help-${lang}`)}>{languageNames[lang] ?? lang}</label>
            <CommitInput id={id(`help-${lang}`)} lang={lang} value={helps[lang] ?? ''} onCommit={(v) => setText(helpKey, lang, v, field.description ? undefined : (f) => ({ ...f, description: helpKey }))} />
          </div>
        ))}
      </fieldset>
      {field.readOnly ? null : (
        <div className="field forms-check">
          <label>
            <input type="checkbox" checked={isRequired(form, path)} onChange={(e) => ctx.commit(setRequired(form, path, e.target.checked), t('forms.history.required', { path }))} /> {t('forms.props.required')}
          </label>
          <span className="hint">{t('forms.props.requiredHint')}</span>
        </div>
      )}
      {isText ? (
        <>
          {numberProp('minLength', t('forms.props.minLength'))}
          {numberProp('maxLength', t('forms.props.maxLength'))}
          <div className="field">
            <label htmlFor={id('pattern')}>{t('forms.props.pattern')}</label>
            <CommitInput id={id('pattern')} value={typeof field.pattern === 'string' ? field.pattern : ''} validate={(v) => (validRegex(v) ? undefined : t('forms.errors.pattern'))} onCommit={(v) => setProp('pattern', v || undefined)} spellCheck={false} />
          </div>
          <div className="field">
            <label htmlFor={id('widget')}>{t('forms.props.widget')}</label>
            <select id={id('widget')} value={field['x-widget'] === 'textarea' ? 'textarea' : 'text'} onChange={(e) => setProp('x-widget', e.target.value === 'textarea' ? 'textarea' : undefined)}>
              <option value="text">{t('forms.kind.shortText')}</option>
              <option value="textarea">{t('forms.kind.longText')}</option>
            </select>
          </div>
        </>
      ) : null}
      {isNumber ? (
        <>
          {numberProp('minimum', t('forms.props.minimum'))}
          {numberProp('maximum', t('forms.props.maximum'))}
        </>
      ) : null}
      {field.type === 'array' ? (
        <>
          {numberProp('minItems', t('forms.props.minItems'))}
          {numberProp('maxItems', t('forms.props.maxItems'))}
        </>
      ) : null}
      {kind === 'date' || kind === 'dateTime' ? (
        <div className="field forms-check">
          <label>
            <input type="checkbox" checked={field['x-notInFuture'] === true} onChange={(e) => setProp('x-notInFuture', e.target.checked || undefined)} /> {t('forms.props.notInFuture')}
          </label>
        </div>
      ) : null}
      {kind === 'radio' || kind === 'select' ? (
        <div className="field">
          <label htmlFor={id('choiceWidget')}>{t('forms.props.widget')}</label>
          <select id={id('choiceWidget')} value={kind} onChange={(e) => setProp('x-widget', e.target.value)}>
            <option value="radio">{t('forms.kind.radio')}</option>
            <option value="select">{t('forms.kind.select')}</option>
          </select>
        </div>
      ) : null}
      {kind === 'office' ? (
        <fieldset>
          <legend>{t('forms.props.officeTypes')}</legend>
          {(ctx.catalog.officeTypes.length ? ctx.catalog.officeTypes : officeTypes).map((type) => {
            const types = (field['x-officeTypes'] as string[] | undefined) ?? [];
            return (
              <label key={type} className="forms-inline">
                <input type="checkbox" checked={types.includes(type)} onChange={(e) => setProp('x-officeTypes', e.target.checked ? [...types, type] : types.filter((x) => x !== type))} /> <code>{type}</code>
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {options ? <OptionsEditor ctx={ctx} path={path} field={field} /> : null}
      {isText || isNumber || kind === 'yesNo' ? (
        <div className="field">
          <label htmlFor={id('default')}>{t('forms.props.default')}</label>
          {kind === 'yesNo' ? (
            <select id={id('default')} value={field.default === undefined ? '' : String(field.default)} onChange={(e) => setProp('default', e.target.value === '' ? undefined : e.target.value === 'true')}>
              <option value="">{t('forms.props.noDefault')}</option>
              <option value="true">{t('forms.value.yes')}</option>
              <option value="false">{t('forms.value.no')}</option>
            </select>
          ) : (
            <CommitInput id={id('default')} type={isNumber ? 'number' : 'text'} value={field.default === undefined ? '' : String(field.default)} onCommit={(v) => setProp('default', v === '' ? undefined : isNumber ? Number(v) : v)} />
          )}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id('sensitive')}>{t('forms.props.sensitive')}</label>
        <select
          id={id('sensitive')}
          value={typeof field['x-sensitive'] === 'string' ? field['x-sensitive'] : ''}
          aria-describedby={id('sensitive-hint')}
          onChange={(e) => {
            const category = e.target.value || undefined;
            const next = { ...field } as FieldJson;
            if (category) next['x-sensitive'] = category;
            else delete next['x-sensitive'];
            // Newly sensitive: hidden at once from the roles that keep a list of sensitive fields (editable below).
            const hide = category && !field['x-sensitive'] && roles?.roles ? denySensitive(roles, permission) : undefined;
            change(next, t('forms.history.setProp', { path, prop: 'x-sensitive' }), hide?.denied.length ? { [rolesPath]: hide.roles } : {});
          }}
        >
          <option value="">{t('forms.props.notSensitive')}</option>
          {sensitiveCategories.map((c) => (
            <option key={c} value={c}>
              {t(`forms.sensitive.${c}`)}
            </option>
          ))}
        </select>
        <span className="hint" id={id('sensitive-hint')}>
          {t('forms.props.sensitiveHint')}
        </span>
      </div>
      {roles?.roles ? (
        <table className="grid forms-access">
          <caption>{t('forms.props.access')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.props.role')}</th>
              <th scope="col">{t('forms.props.read')}</th>
              <th scope="col">{t('forms.props.write')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(roles.roles).map(([role, entry]) => {
              const roleName = displayText(files, slug, languages, ctx.uiLanguage, entry.label);
              const read = roleMay(roles, role, 'read', permission);
              const write = roleMay(roles, role, 'update', permission);
              const set = (action: 'read' | 'update', allowed: boolean) => {
                let next = setRoleAccess(roles, role, action, permission, allowed);
                if (action === 'read' && !allowed) next = setRoleAccess(next, role, 'update', permission, false);
                if (action === 'update' && allowed) next = setRoleAccess(next, role, 'read', permission, true);
                ctx.update({ [rolesPath]: next }, t('forms.history.access', { path, role }));
              };
              return (
                <tr key={role}>
                  <th scope="row">{roleName}</th>
                  <td>
                    <input type="checkbox" checked={read} aria-label={t('forms.props.readBy', { role: roleName })} onChange={(e) => set('read', e.target.checked)} />
                  </td>
                  <td>
                    <input type="checkbox" checked={write} aria-label={t('forms.props.writeBy', { role: roleName })} onChange={(e) => set('update', e.target.checked)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </form>
  );
}

function validRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

function OptionsEditor({ ctx, path, field }: { ctx: FormEditorContext; path: string; field: FieldJson }) {
  const { t } = useTranslation();
  const { form, formId, files, slug, languages } = ctx;
  const options = (field.oneOf ?? field.items?.oneOf ?? []).map((o) => ({ ...o }));
  const numeric = (field.items?.type ?? field.type) === 'integer';
  const withOptions = (next: typeof options): FieldJson => (field.oneOf ? { ...field, oneOf: next } : { ...field, items: { ...field.items!, oneOf: next } });
  const save = (next: typeof options, label: string, extra: Record<string, unknown> = {}) => ctx.commit(replaceField(form, path, withOptions(next)), label, extra);
  const id = (i: number, suffix: string) => `forms-option-${i}-${suffix}`;
  return (
    <fieldset className="forms-options">
      <legend>{t('forms.props.options')}</legend>
      {options.map((option, i) => {
        const texts = textsOf(files, slug, languages, option.title);
        return (
          <div key={i} className="forms-option" role="group" aria-label={t('forms.props.optionN', { n: i + 1 })}>
            <div className="field">
              <label htmlFor={id(i, 'value')}>{t('forms.props.optionValue')}</label>
              <CommitInput
                id={id(i, 'value')}
                value={String(option.const)}
                validate={(v) => (!v.trim() ? t('forms.errors.required') : options.some((o, j) => j !== i && String(o.const) === v) ? t('forms.errors.duplicate') : numeric && !/^-?\d+$/.test(v) ? t('forms.errors.integer') : undefined)}
                onCommit={(v) => save(options.map((o, j) => (j === i ? { ...o, const: numeric ? Number(v) : v } : o)), t('forms.history.option', { path }))}
              />
            </div>
            {languages.map((lang) => (
              <div className="field" key={lang}>
                <label htmlFor={id(i, lang)}>
                  {t('forms.props.optionLabel')} ({languageNames[lang] ?? lang})
                </label>
                <CommitInput
                  id={id(i, lang)}
                  lang={lang}
                  value={texts[lang] ?? ''}
                  onCommit={(v) => {
                    const key = option.title ?? `${fieldKey(formId, path)}.${option.const}`;
                    const changes = setText(files, slug, lang, key, v);
                    if (option.title) ctx.update(changes, t('forms.history.option', { path }));
                    else save(options.map((o, j) => (j === i ? { ...o, title: key } : o)), t('forms.history.option', { path }), changes);
                  }}
                />
              </div>
            ))}
            <div className="toolbar">
              <button type="button" className="small" disabled={i === 0} onClick={() => save(swap(options, i, i - 1), t('forms.history.option', { path }))}>
                {t('forms.tree.moveUp')}
              </button>
              <button type="button" className="small" disabled={i === options.length - 1} onClick={() => save(swap(options, i, i + 1), t('forms.history.option', { path }))}>
                {t('forms.tree.moveDown')}
              </button>
              <button type="button" className="small danger" disabled={options.length === 1} onClick={() => save(options.filter((_, j) => j !== i), t('forms.history.option', { path }))}>
                {t('forms.props.removeOption')}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="small"
        onClick={() => {
          // No placeholder labels: the engine lists the new option's label as missing in every language until typed.
          save([...options, nextOption(options, numeric, formId, path)], t('forms.history.option', { path }));
        }}
      >
        {t('forms.props.addOption')}
      </button>
    </fieldset>
  );
}

function swap<T>(list: T[], a: number, b: number): T[] {
  const next = [...list];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
}
