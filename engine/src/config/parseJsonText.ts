import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { makeIssue, type Issue } from './Issue';
import { issueMessages, type IssueKey } from './issueMessages';

/** A parsed JSON file that can locate a JSON pointer back to a line and column. */
export interface JsonText {
  file: string;
  value: unknown;
  locate(pointer: string): { line: number; column: number } | undefined;
}

/** Parses strict JSON (no comments, no trailing commas), reporting every syntax error with line and column. */
export function parseJsonText(file: string, text: string): { ok: true; json: JsonText } | { ok: false; issues: Issue[] } {
  if (text.trim() === '') return { ok: false, issues: [{ ...makeIssue(file, '', 'invalidJson', 'json.empty'), line: 1, column: 1 }] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineStarts = computeLineStarts(text);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  if (errors.length > 0 || !tree) {
    // After the first few syntax errors the rest are usually consequences of them.
    const list: (ParseError | undefined)[] = errors.length > 0 ? errors.slice(0, 5) : [undefined];
    return {
      ok: false,
      issues: list.map((e) => ({ ...syntaxIssue(file, e ? printParseErrorCode(e.error) : undefined), ...position(e?.offset ?? 0) })),
    };
  }
  const value: unknown = JSON.parse(text);
  const locate = (pointer: string) => {
    const node = nodeAt(tree, pointer);
    return node ? position(node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
  };
  return { ok: true, json: { file, value, locate } };
}

/** A syntax error as an issue: each jsonc-parser error code has its own message key. */
function syntaxIssue(file: string, code: string | undefined): Issue {
  if (!code) return makeIssue(file, '', 'invalidJson', 'json.empty');
  const key = `json.${code.charAt(0).toLowerCase()}${code.slice(1)}`;
  return key in issueMessages ? makeIssue(file, '', 'invalidJson', key as IssueKey) : makeIssue(file, '', 'invalidJson', 'json.broken', { detail: readable(code) });
}

function readable(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nodeAt(tree: Node, pointer: string): Node | undefined {
  if (pointer === '') return tree;
  const path = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
