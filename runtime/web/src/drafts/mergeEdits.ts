// Reapplying a user's edits on top of someone else's newer version of a form (after a 409).

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Dotted paths of leaf values (tables as a whole) that differ between two versions of form data. */
export function changedLeaves(before: unknown, after: unknown, prefix = ''): string[] {
  if (isObject(before) || isObject(after)) {
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => changedLeaves(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

function read(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), data);
}

function write(data: Data, path: string, value: unknown): Data {
  const [head, ...rest] = path.split('.');
  const out = { ...data };
  if (rest.length === 0) {
    if (value === undefined) delete out[head!];
    else out[head!] = value;
    return out;
  }
  out[head!] = write(isObject(data[head!]) ? (data[head!] as Data) : {}, rest.join('.'), value);
  return out;
}

/** The latest data with the user's own changes (base → mine) applied; paths both changed are reported as conflicts. */
export function reapplyEdits(base: Data, mine: Data, latest: Data): { data: Data; theirs: string[]; conflicts: string[] } {
  const myChanges = changedLeaves(base, mine);
  const theirs = changedLeaves(base, latest);
  const conflicts = myChanges.filter((p) => theirs.includes(p) && JSON.stringify(read(mine, p)) !== JSON.stringify(read(latest, p)));
  const data = myChanges.reduce((acc, path) => write(acc, path, read(mine, path)), latest);
  return { data, theirs, conflicts };
}
