// One form in the designer: palette, field tree with drag and drop, properties, rules, live preview and JSON.
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types';
import {
  addField,
  childrenOf,
  fieldAt,
  freeName,
  isContainer,
  kindOf,
  listFields,
  moveField,
  newField,
  paletteGroups,
  paletteKinds,
  pathOfPointer,
  relocateField,
  dropFieldTexts,
  removeField,
  type FieldJson,
  type FormJson,
  type PaletteKind,
} from './formModel';
import { displayText } from './texts';
import { FieldProperties } from './FieldProperties';
import { RulesView } from './RulesView';
import { FormPreview, type PreviewSettings } from './FormPreview';
import { JsonView } from './JsonView';

export const views = ['fields', 'rules', 'preview', 'json'] as const;
export type View = (typeof views)[number];

export interface FormEditorContext extends EditorProps {
  formId: string;
  formPath: string;
  form: FormJson;
  /** Saves the form (and other files) as one undoable edit. */
  commit(form: FormJson, label: string, extra?: Record<string, unknown>): void;
  /** Translation, role and manifest changes for a field whose path changed (form already holds the new path). */
  relocate(form: FormJson, from: string, to: string): { form: FormJson; changes: Record<string, unknown> };
}

const parentOf = (path: string) => path.split('.').slice(0, -1).join('.');
const nameOf = (path: string) => path.split('.').at(-1)!;

export function FormEditor(props: EditorProps & { formId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { files, slug, formId, languages, update, focus } = props;
  const formPath = `form-definitions/${slug}/forms/${formId}.json`;
  const raw = files[formPath];
  const valid = isFormJson(raw);
  const [view, setView] = useState<View>(valid ? 'fields' : 'json');
  const [selected, setSelected] = useState<string | undefined>();
  const [selectedRule, setSelectedRule] = useState<number | undefined>();
  const [announce, setAnnounce] = useState('');
  const [preview, setPreview] = useState<PreviewSettings>({ role: '', data: {} });

  // A clicked issue selects the field (or rule) at its pointer, else shows the JSON at its line.
  useEffect(() => {
    if (!focus || focus.file !== formPath) return;
    const rule = /^\/rules\/(\d+)/.exec(focus.pointer);
    const path = pathOfPointer(focus.pointer);
    if (rule) {
      setView('rules');
      setSelectedRule(Number(rule[1]));
    } else if (path && valid && fieldAt(raw.schema, path)) {
      setView('fields');
      setSelected(path);
    } else setView('json');
  }, [focus, formPath]); // eslint-disable-line react-hooks/exhaustive-deps

  const ctx = useMemo<FormEditorContext | undefined>(() => {
    if (!valid) return undefined;
    const form = raw;
    return {
      ...props,
      formPath,
      form,
      commit: (next, label, extra = {}) => update({ ...extra, [formPath]: next }, label),
      relocate: (next, from, to) => relocateField(files, slug, languages, formId, next, from, to),
    };
  }, [props, raw, valid, formPath, update, files, slug, languages, formId]);

  const title = valid ? displayText(files, slug, languages, props.uiLanguage, raw.title) : formId;
  const fileIssues = props.issues.filter((i) => i.file === formPath);
  return (
    <section aria-labelledby="form-editor-heading" className="form-editor">
      <div className="toolbar">
        <button type="button" className="small" onClick={props.onClose}>
          {t('forms.editor.back')}
        </button>
        <h2 id="form-editor-heading">
          {title} <code className="muted">{formId}</code>
        </h2>
        {fileIssues.length > 0 ? <span className="badge danger">{t('forms.editor.issues', { count: fileIssues.length })}</span> : null}
        <span className="spacer" />
        <div role="tablist" aria-label={t('forms.editor.views')} className="forms-views">
          {views.map((v) => (
            <button key={v} type="button" role="tab" id={`forms-view-${v}`} aria-selected={view === v} aria-controls="forms-view-panel" className="small" disabled={!valid && v !== 'json'} onClick={() => setView(v)}>
              {t(`forms.views.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </span>
      <div id="forms-view-panel" role="tabpanel" aria-labelledby={`forms-view-${view}`}>
        {view === 'json' || !ctx ? <JsonView {...props} formPath={formPath} onApplied={() => setAnnounce(t('forms.json.applied'))} /> : null}
        {view === 'fields' && ctx ? <FieldsView ctx={ctx} selected={selected} onSelect={setSelected} onAnnounce={setAnnounce} /> : null}
        {view === 'rules' && ctx ? <RulesView ctx={ctx} selected={selectedRule} onSelect={setSelectedRule} /> : null}
        {view === 'preview' && ctx ? <FormPreview ctx={ctx} settings={preview} onSettings={setPreview} /> : null}
      </div>
    </section>
  );
}

function isFormJson(value: unknown): value is FormJson {
  const v = value as FormJson | undefined;
  return Boolean(v && typeof v === 'object' && typeof v.id === 'string' && v.schema && typeof v.schema === 'object' && v.schema.type === 'object');
}

// ---------------------------------------------------------------- fields: palette, tree, properties

type DropZone = 'before' | 'after' | 'inside';
const kindType = 'text/x-suraksha-kind';
const fieldType = 'text/x-suraksha-field';

function FieldsView({ ctx, selected, onSelect, onAnnounce }: { ctx: FormEditorContext; selected?: string; onSelect: (path: string | undefined) => void; onAnnounce: (text: string) => void }) {
  const { t } = useTranslation();
  const { form, formId, files, slug, languages } = ctx;
  const entries = useMemo(() => listFields(form.schema), [form.schema]);
  const selectedField = selected ? fieldAt(form.schema, selected) : undefined;
  const current = selectedField ? selected : undefined;
  const rowRefs = useRef(new Map<string, HTMLButtonElement>());
  const [drop, setDrop] = useState<{ path: string; zone: DropZone } | undefined>();
  const focusRow = (path: string) => setTimeout(() => rowRefs.current.get(path)?.focus(), 0);
  const label = (path: string) => displayText(files, slug, languages, ctx.uiLanguage, fieldAt(form.schema, path)?.title) || nameOf(path);

  // Where "Add" puts a new field: into the selected section (at its end), else after the selected field.
  const insertion = (): { parent: string; index?: number } => {
    if (!current) return { parent: '' };
    if (isContainer(selectedField!)) return { parent: current };
    const parent = parentOf(current);
    const names = Object.keys(childrenOf(parent ? fieldAt(form.schema, parent)! : form.schema) ?? {});
    return { parent, index: names.indexOf(nameOf(current)) + 1 };
  };

  const add = (kind: PaletteKind, parent: string, index?: number) => {
    // No placeholder labels: the engine lists the new field's labels as missing until the admin types them.
    const { form: next, path, changes } = addField(form, files, slug, kind, formId, parent, index);
    ctx.commit(next, t('forms.history.addField', { path }), changes);
    onSelect(path);
    onAnnounce(t('forms.tree.added', { name: path }));
    focusRow(path);
  };

  const move = (path: string, toParent: string, index: number) => {
    const fromParent = parentOf(path);
    const target = toParent ? fieldAt(form.schema, toParent) : form.schema;
    if (!target || !isContainer(target) || toParent === path || toParent.startsWith(`${path}.`)) return;
    const newName = fromParent === toParent ? nameOf(path) : freeName(childrenOf(target) ?? {}, nameOf(path));
    const newPath = toParent ? `${toParent}.${newName}` : newName;
    const moved = moveField(form, path, toParent, index);
    const { form: next, changes } = ctx.relocate(moved, path, newPath);
    ctx.commit(next, t('forms.history.moveField', { path }), changes);
    onSelect(newPath);
    onAnnounce(t('forms.tree.moved', { name: newPath }));
    focusRow(newPath);
  };

  const siblingsOf = (path: string) => {
    const parent = parentOf(path);
    return Object.keys(childrenOf(parent ? fieldAt(form.schema, parent)! : form.schema) ?? {});
  };
  const moveUp = (path: string) => {
    const index = siblingsOf(path).indexOf(nameOf(path));
    if (index > 0) move(path, parentOf(path), index - 1);
  };
  const moveDown = (path: string) => {
    const names = siblingsOf(path);
    const index = names.indexOf(nameOf(path));
    if (index < names.length - 1) move(path, parentOf(path), index + 1);
  };
  /** Into the section just above it (at its end). */
  const previousSection = (path: string) => {
    const names = siblingsOf(path);
    const index = names.indexOf(nameOf(path));
    const parent = parentOf(path);
    for (let i = index - 1; i >= 0; i--) {
      const candidate = parent ? `${parent}.${names[i]}` : names[i]!;
      if (isContainer(fieldAt(form.schema, candidate)!)) return candidate;
    }
    return undefined;
  };
  const moveIn = (path: string) => {
    const section = previousSection(path);
    if (section) move(path, section, Object.keys(childrenOf(fieldAt(form.schema, section)!) ?? {}).length);
  };
  const moveOut = (path: string) => {
    const parent = parentOf(path);
    if (!parent) return;
    const grand = parentOf(parent);
    move(path, grand, siblingsOf(parent).indexOf(nameOf(parent)) + 1);
  };
  const remove = (path: string) => {
    if (!window.confirm(t('forms.tree.confirmDelete', { name: label(path) }))) return;
    const next = removeField(form, path);
    ctx.commit(next, t('forms.history.removeField', { path }), dropFieldTexts(files, slug, languages, formId, next, path));
    onSelect(undefined);
    onAnnounce(t('forms.tree.removed', { name: path }));
  };

  const onRowKey = (event: KeyboardEvent, path: string) => {
    const index = entries.findIndex((e) => e.path === path);
    if (event.altKey) {
      const act = { ArrowUp: moveUp, ArrowDown: moveDown, ArrowRight: moveIn, ArrowLeft: moveOut }[event.key];
      if (act) {
        event.preventDefault();
        act(path);
      }
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && entries[index + step]) {
      event.preventDefault();
      onSelect(entries[index + step]!.path);
      rowRefs.current.get(entries[index + step]!.path)?.focus();
    } else if (event.key === 'Delete') remove(path);
  };

  const zoneOf = (event: DragEvent, path: string): DropZone => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const y = (event.clientY - box.top) / box.height;
    if (isContainer(fieldAt(form.schema, path)!) && y > 0.3 && y < 0.7) return 'inside';
    return y < 0.5 ? 'before' : 'after';
  };
  const onDrop = (event: DragEvent, path: string | undefined, zone: DropZone) => {
    event.preventDefault();
    setDrop(undefined);
    const kindId = event.dataTransfer.getData(kindType);
    const moving = event.dataTransfer.getData(fieldType);
    let parent = '';
    let index: number | undefined;
    if (path && zone === 'inside') parent = path;
    else if (path) {
      parent = parentOf(path);
      index = siblingsOf(path).indexOf(nameOf(path)) + (zone === 'after' ? 1 : 0);
    }
    if (kindId) {
      const kind = paletteKinds.find((k) => k.id === kindId);
      if (kind) add(kind, parent, index);
    } else if (moving && moving !== path) {
      const names = Object.keys(childrenOf(parent ? fieldAt(form.schema, parent)! : form.schema) ?? {});
      let at = index ?? names.length;
      // The index counts the list without the moved field.
      if (parentOf(moving) === parent && names.indexOf(nameOf(moving)) < at) at -= 1;
      move(moving, parent, at);
    }
  };
  const where = insertion();

  return (
    <div className="forms-fields">
      <Palette onAdd={(kind) => add(kind, where.parent, where.index)} target={where.parent ? label(where.parent) : t('forms.tree.formRoot')} after={current && !isContainer(selectedField!) ? label(current) : undefined} />
      <div className="forms-tree card" aria-labelledby="forms-tree-heading">
        <h3 id="forms-tree-heading">{t('forms.tree.heading')}</h3>
        <p className="hint" id="forms-tree-hint">
          {t('forms.tree.hint')}
        </p>
        {current ? (
          <div className="toolbar" role="toolbar" aria-label={t('forms.tree.actions', { name: label(current) })}>
            <button type="button" className="small" onClick={() => moveUp(current)} aria-keyshortcuts="Alt+ArrowUp">
              {t('forms.tree.moveUp')}
            </button>
            <button type="button" className="small" onClick={() => moveDown(current)} aria-keyshortcuts="Alt+ArrowDown">
              {t('forms.tree.moveDown')}
            </button>
            <button type="button" className="small" onClick={() => moveIn(current)} disabled={!previousSection(current)} aria-keyshortcuts="Alt+ArrowRight">
              {t('forms.tree.moveIn')}
            </button>
            <button type="button" className="small" onClick={() => moveOut(current)} disabled={!parentOf(current)} aria-keyshortcuts="Alt+ArrowLeft">
              {t('forms.tree.moveOut')}
            </button>
            <button type="button" className="small danger" onClick={() => remove(current)} aria-keyshortcuts="Delete">
              {t('forms.tree.delete')}
            </button>
          </div>
        ) : null}
        {entries.length === 0 ? <p className="muted">{t('forms.tree.empty')}</p> : null}
        <ul className="forms-tree-list" aria-describedby="forms-tree-hint">
          {entries.map(({ path, field, depth }) => {
            const zone = drop?.path === path ? drop.zone : undefined;
            return (
              <li key={path} style={{ paddingInlineStart: `${depth * 1.25}rem` }} className={zone ? `drop-${zone}` : undefined}>
                <button
                  type="button"
                  ref={(el) => {
                    if (el) rowRefs.current.set(path, el);
                    else rowRefs.current.delete(path);
                  }}
                  className={`forms-row${path === current ? ' selected' : ''}${isContainer(field) ? ' container' : ''}`}
                  aria-pressed={path === current}
                  data-path={path}
                  draggable
                  onClick={() => onSelect(path)}
                  onKeyDown={(e) => onRowKey(e, path)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(fieldType, path);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragOver={(e) => {
                    e.preventDefault();
                    const z = zoneOf(e, path);
                    if (drop?.path !== path || drop.zone !== z) setDrop({ path, zone: z });
                  }}
                  onDragLeave={() => setDrop(undefined)}
                  onDrop={(e) => onDrop(e, path, zoneOf(e, path))}
                >
                  <span className="forms-kind" aria-hidden="true">
                    {kindIcon(field)}
                  </span>
                  <span className="forms-row-label">{label(path)}</span>
                  <code className="muted">{nameOf(path)}</code>
                  <span className="visually-hidden">{t(`forms.kind.${kindOf(field)}`)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <div
          className={`forms-drop-end${drop?.path === '' ? ' active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            if (drop?.path !== '') setDrop({ path: '', zone: 'after' });
          }}
          onDragLeave={() => setDrop(undefined)}
          onDrop={(e) => onDrop(e, undefined, 'after')}
        >
          {t('forms.tree.dropEnd')}
        </div>
      </div>
      <div className="forms-properties card">{current ? <FieldProperties ctx={ctx} path={current} onRenamed={(p) => onSelect(p)} /> : <p className="muted">{t('forms.props.none')}</p>}</div>
    </div>
  );
}

function kindIcon(field: FieldJson): string {
  const icons: Record<string, string> = { shortText: 'Aa', longText: '¶', phone: '+91', email: '@', number: '1.5', integer: '12', date: '31', time: 'h:m', dateTime: '31h', yesNo: '✓✗', radio: '◉', select: '▾', checkboxes: '☑', district: '⌖', office: '▥', photo: '▣', attachment: '▧', section: '▤', table: '▦' };
  return icons[kindOf(field)] ?? '•';
}

function Palette({ onAdd, target, after }: { onAdd: (kind: PaletteKind) => void; target: string; after?: string | undefined }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = (kind: PaletteKind) => !q || t(`forms.kind.${kind.id}`).toLowerCase().includes(q) || kind.id.toLowerCase().includes(q) || t(`forms.group.${kind.group}`).toLowerCase().includes(q);
  return (
    <nav className="forms-palette card" aria-labelledby="forms-palette-heading">
      <h3 id="forms-palette-heading">{t('forms.palette.heading')}</h3>
      <label htmlFor="forms-palette-search" className="visually-hidden">
        {t('forms.palette.search')}
      </label>
      <input id="forms-palette-search" type="search" placeholder={t('forms.palette.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="hint" id="forms-palette-hint">
        {after ? t('forms.palette.addsAfter', { name: after }) : t('forms.palette.addsInto', { name: target })}
      </p>
      {paletteGroups.map((group) => {
        const kinds = paletteKinds.filter((k) => k.group === group && matches(k));
        if (kinds.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`forms-group-${group}`}>
            <h4 id={`forms-group-${group}`}>{t(`forms.group.${group}`)}</h4>
            <ul>
              {kinds.map((kind) => (
                <li key={kind.id}>
                  <button
                    type="button"
                    className="forms-palette-item"
                    draggable
                    data-kind={kind.id}
                    aria-describedby="forms-palette-hint"
                    onClick={() => onAdd(kind)}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(kindType, kind.id);
                      e.dataTransfer.effectAllowed = 'copy';
                    }}
                  >
                    <span aria-hidden="true" className="forms-kind">
                      {kindIcon(newField(kind, 'f', 'x'))}
                    </span>{' '}
                    {t(`forms.kind.${kind.id}`)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
