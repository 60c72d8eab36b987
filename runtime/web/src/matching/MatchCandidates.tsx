// The record page's candidates panel: missing or found reports that may be the same child, each with its score
// explained feature by feature; an officer confirms or rejects one with a note. What the user may not read of the
// other report (another district or state) is never sent: then the panel names the district and whom to contact.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, NetworkError } from '../api/client';
import { useApp } from '../app/AppContext';
import { Link } from '../app/router';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';
import { languageName, reasonText, type Reason } from './reasonText';
import './matching.css';

interface Feature {
  feature: string;
  score: number;
  weight: number;
  points: number;
  /** In English; matches stored before reasons existed have only this. */
  explanation?: string;
  reason?: Reason;
}
interface OtherReport {
  readable: boolean;
  state: string;
  district: string;
  districtName: string;
  recordType: string;
  recordTypeLabel: string;
  caseNumber: string | null;
  id?: string;
  stageLabel?: string;
  child?: Record<string, unknown>;
  contacts?: { office: string; name: string; phone?: string }[];
}
export interface MatchItem {
  id: string;
  status: 'suggested' | 'confirmed' | 'rejected';
  score: number;
  /** Suggested below the state's minimum score, as one of the report's best few. */
  weak?: boolean;
  side: 'missing' | 'found';
  features: Feature[];
  other: OtherReport;
  decidedAt: string | null;
  note: string | null;
}
interface Outcome {
  recordId: string;
  moved: boolean;
  refusal?: string;
}

const childFields = ['name', 'otherNames', 'sex', 'age', 'dateOfBirth', 'heightCm', 'date', 'place', 'languages', 'identificationMarks', 'complexion', 'build', 'clothing', 'disabilities', 'fatherName', 'homeTown'] as const;

/** How strongly a feature speaks for or against the match, from the points it added. */
function level(f: Feature): 'strong' | 'some' | 'neutral' | 'against' {
  if (f.points <= -0.5) return 'against';
  if (f.points >= f.weight * 0.6) return 'strong';
  if (f.points > 0.1) return 'some';
  return 'neutral';
}

function percent(lang: string, score: number): string {
  return `${formatNumber(lang, Math.round(score * 100))}%`;
}

function ChildValue({ name, value }: { name: string; value: unknown }) {
  const { t } = useTranslation();
  const { lang, config } = useApp();
  if ((name === 'sex' || name === 'complexion' || name === 'build') && typeof value === 'string') return <>{t(`matching.${name}.${value}`, { defaultValue: value })}</>;
  if ((name === 'date' || name === 'dateOfBirth') && typeof value === 'string') return <>{formatDate(lang, value, config.state.timeZone)}</>;
  if (typeof value === 'number') return <>{formatNumber(lang, value)}</>;
  if (Array.isArray(value)) return <>{value.map((v) => (name === 'languages' ? languageName(lang, String(v)) : name === 'disabilities' ? t(`matching.disability.${String(v)}`, { defaultValue: String(v) }) : String(v))).join(', ')}</>;
  return <>{String(value)}</>;
}

function Candidate({ match, canDecide, onDecide }: { match: MatchItem; canDecide: boolean; onDecide: (match: MatchItem, decision: 'confirm' | 'reject') => void }) {
  const { t, i18n } = useTranslation();
  const { lang, config } = useApp();
  const { other } = match;
  const writer = { i18n, lang, timeZone: config.state.timeZone, district: (code: string) => config.districts.find((d) => d.code === code)?.name ?? code };
  // In the user's language; a match stored before reasons existed is explained in English only.
  const details = match.features.map((f) => (f.reason ? reasonText(writer, f.reason) : lang === 'en' ? f.explanation : undefined));
  return (
    <li className={`match-card ${match.status}`} data-match={match.id}>
      <div className="match-head">
        <span className="match-score" aria-label={t('matching.scoreLabel', { score: percent(lang, match.score) })}>
          {percent(lang, match.score)}
        </span>
        <span className={`badge match-status ${match.status}`}>{t(`matching.status.${match.status}`)}</span>
        {match.weak ? (
          <span className="badge match-weak">
            {t('matching.weak')}
          </span>
        ) : null}
        <span className="match-where">
          {other.recordTypeLabel} · {other.districtName}
          {other.state !== config.state.code ? ` (${other.state})` : ''}
          {other.caseNumber ? ` · ${other.caseNumber}` : ''}
        </span>
      </div>
      {other.readable ? (
        <dl className="match-child">
          {childFields
            .filter((name) => other.child?.[name] !== undefined)
            .map((name) => (
              <div key={name}>
                <dt>{t(`matching.field.${name}`)}</dt>
                <dd>
                  <ChildValue name={name} value={other.child![name]} />
                </dd>
              </div>
            ))}
          {other.stageLabel ? (
            <div>
              <dt>{t('matching.stage')}</dt>
              <dd>{other.stageLabel}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <div className="match-restricted">
          <p>{t('matching.restricted', { district: other.districtName })}</p>
          {other.contacts?.length ? (
            <ul className="match-contacts">
              {other.contacts.map((c) => (
                <li key={c.office}>
                  {c.name}
                  {c.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      <details className="match-features">
        <summary>{t('matching.why')}</summary>
        <table>
          <caption className="visually-hidden">{t('matching.why')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matching.featureColumn')}</th>
              <th scope="col">{t('matching.verdictColumn')}</th>
              <th scope="col">{t('matching.pointsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {match.features.map((f, i) => (
              <tr key={f.feature} className={`feature ${level(f)}`} data-feature={f.feature}>
                <th scope="row">{t(`matching.feature.${f.feature}`)}</th>
                <td>
                  <span className="feature-bar" aria-hidden="true">
                    <span style={{ inlineSize: `${Math.round(Math.max(0, Math.min(1, f.score)) * 100)}%` }} />
                  </span>
                  {t(`matching.level.${level(f)}`)}
                  {details[i] ? <span className="feature-detail"> — {details[i]}</span> : null}
                </td>
                <td className="numeric">{formatNumber(lang, Math.round(f.points * 10) / 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {match.status !== 'suggested' && match.decidedAt ? (
        <p className="note">
          {t('matching.decided', { date: formatDateTime(lang, match.decidedAt, config.state.timeZone) })}
          {match.note ? ` ${t('matching.noteShown', { note: match.note })}` : ''}
        </p>
      ) : null}
      <div className="match-actions">
        {other.readable && other.id ? <Link to={`/records/${other.id}`}>{t('matching.open')}</Link> : null}
        {match.status === 'suggested' && canDecide ? (
          <>
            <button type="button" className="primary small" data-action="confirm" onClick={() => onDecide(match, 'confirm')}>
              {t('matching.confirm')}
            </button>
            <button type="button" className="secondary small" data-action="reject" onClick={() => onDecide(match, 'reject')}>
              {t('matching.reject')}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}

/** The candidates of a missing or found report; `canDecide` when the user may move this record's workflow. */
export function MatchCandidates({ recordId, canDecide, onDecided }: { recordId: string; canDecide: boolean; onDecided?: () => void }) {
  const { t } = useTranslation();
  const { lang } = useApp();
  const [matches, setMatches] = useState<MatchItem[] | undefined>();
  const [hidden, setHidden] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [asking, setAsking] = useState<{ match: MatchItem; decision: 'confirm' | 'reject' } | undefined>();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | undefined>();

  const load = useCallback(() => {
    api<{ side: string | null; matches: MatchItem[] }>('GET', `/api/records/${recordId}/matches?lang=${lang}`)
      .then((body) => {
        if (!body.side) setHidden(true);
        else setMatches(body.matches);
      })
      .catch((error: unknown) => {
        // Matching switched off in this state: the panel is not shown at all.
        if (error instanceof ApiError && error.problem.code === 'pluginDisabled') setHidden(true);
        else setLoadError(error instanceof ApiError ? (error.problem.detail ?? t('common.error')) : t('errors.network'));
      });
  }, [recordId, lang, t]);
  useEffect(load, [load]);

  const decide = async () => {
    if (!asking) return;
    if (!note.trim()) {
      setNoteError(true);
      return;
    }
    setBusy(true);
    try {
      const result = await api<{ outcomes?: Outcome[] }>('POST', `/api/matches/${asking.match.id}/${asking.decision}?lang=${lang}`, { note: note.trim() });
      const notMoved = (result.outcomes ?? []).filter((o) => !o.moved && o.refusal).map((o) => o.refusal);
      setMessage({ tone: 'success', text: [t(asking.decision === 'confirm' ? 'matching.confirmed' : 'matching.rejected'), ...notMoved.map((reason) => t('matching.notMoved', { reason }))].join(' ') });
      onDecided?.();
      load();
    } catch (error) {
      const text = error instanceof NetworkError ? t('errors.network') : error instanceof ApiError ? (error.problem.detail ?? error.problem.title ?? t('common.error')) : t('common.error');
      setMessage({ tone: 'error', text: `${t('matching.refused')} ${text}` });
    } finally {
      setBusy(false);
      setAsking(undefined);
      setNote('');
      setNoteError(false);
    }
  };

  if (hidden) return null;
  return (
    <section className="match-candidates" aria-labelledby="matches-title">
      <h2 id="matches-title">{t('matching.title')}</h2>
      {loadError ? <p role="alert">{loadError}</p> : null}
      {!matches && !loadError ? <p className="loading">{t('common.loading')}</p> : null}
      {matches?.length === 0 ? <p className="note">{t('matching.none')}</p> : null}
      {matches?.length ? (
        <>
          <p className="note">{t(matches[0]!.side === 'missing' ? 'matching.intro.missing' : 'matching.intro.found')}</p>
          {/* Said once, in the page's text: a tooltip is never seen on a phone. */}
          {matches.some((m) => m.weak) ? <p className="note match-weak-note">{t('matching.weakHint')}</p> : null}
          <ol className="match-list">
            {matches.map((m) => (
              <Candidate key={m.id} match={m} canDecide={canDecide} onDecide={(match, decision) => (setMessage(undefined), setAsking({ match, decision }))} />
            ))}
          </ol>
        </>
      ) : null}
      <div role="status" aria-live="polite" className={message ? `status-line ${message.tone}` : 'status-line empty'}>
        {message?.text}
      </div>
      {asking ? (
        <ConfirmDialog
          title={t(asking.decision === 'confirm' ? 'matching.confirmTitle' : 'matching.rejectTitle')}
          confirmLabel={t(asking.decision === 'confirm' ? 'matching.confirm' : 'matching.reject')}
          busy={busy}
          onConfirm={() => void decide()}
          onCancel={() => (setAsking(undefined), setNote(''), setNoteError(false))}
        >
          <p>{t(asking.decision === 'confirm' ? 'matching.confirmBody' : 'matching.rejectBody')}</p>
          <label htmlFor="match-note">{t('matching.note')}</label>
          <textarea id="match-note" value={note} rows={3} maxLength={2000} required aria-invalid={noteError} aria-describedby={noteError ? 'match-note-error' : undefined} onChange={(e) => (setNote(e.target.value), setNoteError(false))} />
          {noteError ? (
            <p id="match-note-error" className="field-error" role="alert">
              {t('matching.noteMissing')}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
