// A configuration diff: each changed file with its added, removed and replaced values by JSON pointer.
import { useTranslation } from 'react-i18next';

export interface Diff {
  from: number;
  to: number;
  files: { file: string; status: 'added' | 'removed' | 'changed'; changes?: { op: 'add' | 'remove' | 'replace'; pointer: string; before?: unknown; after?: unknown }[] }[];
}

const shown = 40;

function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? '' : text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function DiffView({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  if (diff.files.length === 0) return <p className="note">{t('versions.noChanges')}</p>;
  return (
    <div className="diff">
      {diff.files.map((f) => (
        <details key={f.file} open={diff.files.length <= 3}>
          <summary>
            <code>{f.file}</code> — {t(`versions.status.${f.status}`)} {f.changes ? `(${f.changes.length})` : ''}
          </summary>
          {f.changes?.length ? (
            <table className="grid">
              <thead>
                <tr>
                  <th scope="col">{t('versions.pointer')}</th>
                  <th scope="col">{t('versions.before')}</th>
                  <th scope="col">{t('versions.after')}</th>
                </tr>
              </thead>
              <tbody>
                {f.changes.slice(0, shown).map((c, i) => (
                  <tr key={`${c.pointer}-${i}`} data-op={c.op}>
                    <td>
                      <code>{c.pointer || '/'}</code>
                    </td>
                    <td style={{ background: c.op === 'add' ? undefined : 'var(--danger-wash)' }}>
                      <code>{short(c.before)}</code>
                    </td>
                    <td style={{ background: c.op === 'remove' ? undefined : 'var(--ok-wash)' }}>
                      <code>{short(c.after)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {(f.changes?.length ?? 0) > shown ? <p className="note">{t('versions.moreChanges', { count: f.changes!.length - shown })}</p> : null}
        </details>
      ))}
    </div>
  );
}
