// The form file as editable JSON: parse errors with line and column, the engine's issues for it, applied as one edit.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../draft/types';
// The JSON parser alone: the engine's index brings Ajv, which the designer's bundle does not have (no eval under CSP).
import { parseJsonText } from '@suraksha/engine/json';
import { IssueMessage, type IssueLike } from '../issues/issueText';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * A JSON parse error's place, from the browser engines' messages ("at position 12", "(line 2 column 5)"), and what is
 * wrong as the configuration engine says it (a message key the interface translates).
 */
export function parseError(text: string): (IssueLike & { line: number; column: number }) | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const lc = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const at = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : position ? lineColumn(text, Number(position[1])) : lineColumn(text, text.length);
    const parsed = parseJsonText('form.json', text);
    const issue = parsed.ok ? { message } : { key: parsed.issues[0]!.key, params: parsed.issues[0]!.params, message: parsed.issues[0]!.message };
    return { ...issue, ...at };
  }
}

export function JsonView(props: EditorProps & { formPath: string; onApplied: () => void }) {
  const { t } = useTranslation();
  const { files, formPath, focus } = props;
  const stored = JSON.stringify(files[formPath], null, 2);
  const [text, setText] = useState(stored);
  const [edited, setEdited] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!edited) setText(stored);
  }, [stored, edited]);
  const error = parseError(text);
  const issues = props.issues.filter((i) => i.file === formPath);

  const goTo = (line: number, column = 1) => {
    const el = area.current;
    if (!el) return;
    const lines = el.value.split('\n');
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    el.focus();
    el.setSelectionRange(offset, offset);
    // Scroll the line into view: the textarea's line height times the line.
    el.scrollTop = Math.max(0, (line - 5) * parseFloat(getComputedStyle(el).lineHeight || '18'));
  };
  useEffect(() => {
    const issue = focus?.file === formPath ? issues.find((i) => i.pointer === focus.pointer) : undefined;
    if (issue?.line) goTo(issue.line, issue.column);
  }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps

  const apply = () => {
    if (error) return;
    props.update({ [formPath]: JSON.parse(text) }, t('forms.history.json', { file: formPath.split('/').at(-1) }));
    setEdited(false);
    props.onApplied();
  };
  return (
    <div className="forms-json">
      <label htmlFor="forms-json-text">{t('forms.json.label', { file: formPath })}</label>
      <textarea
        id="forms-json-text"
        ref={area}
        spellCheck={false}
        rows={28}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby="forms-json-status"
        onChange={(e) => {
          setText(e.target.value);
          setEdited(true);
        }}
      />
      <div id="forms-json-status">
        {error ? (
          <p className="field-error" role="alert">
            <button type="button" className="link" onClick={() => goTo(error.line, error.column)}>
              {t('forms.json.parseError', { line: error.line, column: error.column })}
            </button>{' '}
            <IssueMessage issue={error} />
          </p>
        ) : null}
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={apply} disabled={Boolean(error) || !edited}>
          {t('forms.json.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setText(stored);
            setEdited(false);
          }}
          disabled={!edited}
        >
          {t('forms.json.revert')}
        </button>
      </div>
      <h3>{t('forms.json.issues', { count: issues.length })}</h3>
      {issues.length === 0 ? <p className="muted">{t('forms.json.noIssues')}</p> : null}
      <ul className="forms-json-issues">
        {issues.map((issue, n) => (
          <li key={n}>
            <button type="button" className="link" onClick={() => issue.line && goTo(issue.line, issue.column)}>
              {issue.line ? t('forms.json.at', { line: issue.line, column: issue.column ?? 1 }) : issue.pointer}
            </button>{' '}
            <IssueMessage issue={issue} />
          </li>
        ))}
      </ul>
    </div>
  );
}
