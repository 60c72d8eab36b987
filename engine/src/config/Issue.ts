import { englishMessage, type IssueKey, type IssueParams } from './issueMessages';

/** Closed vocabulary of configuration issue codes. */
export const IssueCodes = {
  invalidJson: 'invalidJson',
  unknownKey: 'unknownKey',
  missingKey: 'missingKey',
  wrongType: 'wrongType',
  invalidValue: 'invalidValue',
  duplicateId: 'duplicateId',
  unknownReference: 'unknownReference',
  unreachableStage: 'unreachableStage',
  deadEnd: 'deadEnd',
  missingTranslation: 'missingTranslation',
  missingLabel: 'missingLabel',
  misplacedFile: 'misplacedFile',
  invalidRule: 'invalidRule',
} as const;

export type IssueCode = keyof typeof IssueCodes;

/** One problem in a state's configuration: where it is and what is wrong. */
export interface Issue {
  /** File path relative to the configuration root. */
  file: string;
  /** JSON pointer inside the file ('' for the whole file). */
  pointer: string;
  code: IssueCode;
  /** Stable message key (see issueMessages.ts): what the designer translates. */
  key: string;
  /** Values of the key's placeholders: names, values, a `suggestion` for "Did you mean". */
  params?: IssueParams;
  /** The English text, as the command line prints it. */
  message: string;
  line?: number;
  column?: number;
}

/** Builds an issue from its key and params; the English message is made from the same template, so they cannot drift. */
export function makeIssue(file: string, pointer: string, code: IssueCode, key: IssueKey, params?: Record<string, string | number | undefined>): Issue {
  const kept = params && (Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as IssueParams);
  return { file, pointer, code, key, ...(kept && Object.keys(kept).length > 0 ? { params: kept } : {}), message: englishMessage(key, kept) };
}

/** Formats an issue the way the command line prints it: `file:pointer message`. */
export function formatIssue(issue: Issue): string {
  const where = issue.line ? ` (line ${issue.line}${issue.column ? `, column ${issue.column}` : ''})` : '';
  return `${issue.file}:${issue.pointer || '/'} ${issue.message}${where}`;
}

/** Encodes path segments as a JSON pointer. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The closest candidate to a misspelt name as a `suggestion` param ({} when nothing is close). */
export function suggest(name: string, candidates: Iterable<string>): { suggestion?: string } {
  const best = closest(name, candidates);
  return best ? { suggestion: best } : {};
}

/** Suggests the closest candidate to a misspelt name, or '' when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const best = closest(name, candidates);
  return best ? ` Did you mean "${best}"?` : '';
}

function closest(name: string, candidates: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
