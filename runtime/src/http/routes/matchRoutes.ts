// The matching API: a record's match candidates (only what the viewer may read of the other record), and
// confirming or rejecting a suggested match (officers of either record; audited; in both histories).
import type Router from '@koa/router';
import type { Context } from 'koa';
import { createAbility, readableFieldPaths, recordSubject, type Actor, type CaseRecord, type Deployment } from '@suraksha/engine';
import type { Services } from '../../services';
import type { StoredRecord } from '../../store/models';
import { toCaseRecord } from '../../records/storedRecord';
import { audit } from '../../audit/audit';
import { confirmMatch, recordRejection } from '../../matching/decideMatch';
import { listedWithClaims } from '../../matching/claims';
import type { MatchDoc } from '../../matching/matchModel';
import { featureFields, fieldValue, matchingOf, type ProfileField } from '../../matching/profileOf';
import { pluginOn, type MatchingService } from '../../matching/matchingService';
import { readJson } from '../readJson';
import { validateInput } from '../validateInput';
import { actorOf } from '../context';
import { HttpProblem, problems } from '../problem';

export const matchSchemas = {
  decide: { type: 'object', required: ['note'], additionalProperties: false, properties: { note: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' } } },
} as const;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const matchIdPattern = /^[0-9a-f]{32}$/;
const statusOrder = { confirmed: 0, suggested: 1, rejected: 2, closed: 3 } as const;

const say = (actor: Actor, key: string) => actor.deployment.translator.t(actor.lang, key);

function matchingService(actor: Actor, services: Services): MatchingService {
  if (!services.matching || !pluginOn(actor.deployment, 'matching')) throw new HttpProblem(403, 'pluginDisabled', say(actor, 'refusal.plugin.matching'), say(actor, 'refusal.plugin.matching'));
  return services.matching;
}

/** A text in another state's words: in the viewer's language when that state has it, else its default. */
function translateIn(deployment: Deployment | undefined, lang: string, key: string): string {
  if (!deployment) return key;
  return deployment.translator.t(deployment.manifest.languages.includes(lang) ? lang : deployment.manifest.languages[0]!, key);
}

/** The record as the viewer may see it, or undefined (another state, another district, another role). */
function readableBy(actor: Actor, doc: StoredRecord): { record: CaseRecord; readable: Set<string> } | undefined {
  if (doc.state !== actor.deployment.code) return undefined;
  const record = toCaseRecord(doc);
  const readable = readableFieldPaths(actor.deployment, record, actor.user);
  return createAbility(actor.deployment.roles, actor.user).can('read', recordSubject(record)) ? { record, readable } : undefined;
}

/** The profile fields of a record the viewer may read, with their values. */
function childOf(deployment: Deployment, seen: { record: CaseRecord; readable: Set<string> }): Partial<Record<ProfileField, unknown>> {
  const fields = matchingOf(deployment, seen.record.recordType)?.fields ?? {};
  const out: Partial<Record<ProfileField, unknown>> = {};
  for (const [name, ref] of Object.entries(fields)) {
    if (!ref || !seen.readable.has(ref)) continue;
    const value = fieldValue(seen.record, ref);
    if (value !== undefined && value !== null && value !== '') out[name as ProfileField] = value;
  }
  return out;
}

/** Whether the viewer may read every field a feature was computed from, on one record. */
function featureReadable(deployment: Deployment | undefined, seen: { record: CaseRecord; readable: Set<string> } | undefined, feature: string): boolean {
  if (!deployment || !seen) return false;
  const fields = matchingOf(deployment, seen.record.recordType)?.fields ?? {};
  return (featureFields[feature] ?? []).every((name) => !fields[name] || seen.readable.has(fields[name]!));
}

/** Offices to contact about a record the viewer may not read: its own office and the district's DCPU. */
function contactsOf(deployment: Deployment | undefined, doc: StoredRecord, lang: string) {
  const offices = deployment?.manifest.offices.filter((o) => o.id === doc.office || (o.district === doc.district && o.type === 'dcpu')) ?? [];
  return offices.map((o) => ({ office: o.id, type: o.type, name: translateIn(deployment, lang, o.name), ...(o.phone ? { phone: o.phone } : {}) }));
}

function describeRecord(actor: Actor, services: Services, doc: StoredRecord, seen: ReturnType<typeof readableBy>) {
  const deployment = services.states.get(doc.state);
  const workflow = deployment?.workflows.get(deployment.recordType(doc.recordType)?.workflow ?? '');
  const base = {
    state: doc.state,
    district: doc.district,
    districtName: translateIn(deployment, actor.lang, deployment?.manifest.districts.find((d) => d.code === doc.district)?.name ?? doc.district),
    recordType: doc.recordType,
    recordTypeLabel: translateIn(deployment, actor.lang, deployment?.recordType(doc.recordType)?.label ?? doc.recordType),
    caseNumber: doc.caseNumber ?? null,
  };
  if (!seen || !deployment) return { ...base, readable: false as const, contacts: contactsOf(deployment, doc, actor.lang) };
  const stageLabel = workflow?.stage(doc.stage)?.meta.label;
  return { ...base, readable: true as const, id: doc._id, stage: doc.stage, stageLabel: stageLabel ? translateIn(deployment, actor.lang, stageLabel) : doc.stage, child: childOf(deployment, seen) };
}

/** One match as the viewer of `recordId` may see it. */
function matchView(actor: Actor, services: Services, match: MatchDoc, own: { doc: StoredRecord; seen: ReturnType<typeof readableBy> }, otherDoc: StoredRecord, minScore = 0) {
  const otherSeen = readableBy(actor, otherDoc);
  const otherDeployment = services.states.get(otherDoc.state);
  const features = match.features.map((f) => {
    const explain = featureReadable(actor.deployment, own.seen, f.feature) && featureReadable(otherDeployment, otherSeen, f.feature);
    // The reason goes with the explanation, to the same readers; older stored matches have none.
    return { feature: f.feature, score: f.score, weight: f.weight, points: f.points, ...(explain ? { explanation: f.explanation, ...(f.reason ? { reason: f.reason } : {}) } : {}) };
  });
  return {
    id: match._id,
    status: match.status,
    score: match.score,
    // Suggested though below the state's minScore: among the report's best few, none of them strong.
    weak: match.status === 'suggested' && match.score < minScore,
    side: match.missingId === own.doc._id ? 'missing' : 'found',
    features,
    other: describeRecord(actor, services, otherDoc, otherSeen),
    decidedAt: match.decidedAt ?? null,
    decidedBy: match.decidedBy ?? null,
    note: match.status === 'confirmed' || match.status === 'rejected' ? (match.note ?? null) : null,
    createdAt: match.createdAt,
  };
}

/** May this user decide on this match: an officer (may fire events) of one of its records that they may read. */
function mayDecide(actor: Actor, docs: StoredRecord[]): boolean {
  const ability = createAbility(actor.deployment.roles, actor.user);
  return docs.some((doc) => doc.state === actor.deployment.code && ability.can('read', recordSubject(toCaseRecord(doc))) && ability.can('fire', recordSubject(toCaseRecord(doc))));
}

async function loadDecidable(ctx: Context, services: Services, actor: Actor) {
  const matching = matchingService(actor, services);
  const id = String(ctx.params.id ?? '');
  if (!matchIdPattern.test(id)) throw problems.notFound('There is no such match, or you may not see it.');
  const body = validateInput<{ note: string }>(matchSchemas.decide, await readJson(ctx, 10_000), 'body');
  const match = await matching.store.matches.findById(id).lean<MatchDoc>();
  const docs = match ? await services.models.records.find({ _id: { $in: [match.missingId, match.foundId] } }).lean<StoredRecord[]>() : [];
  if (!match || docs.length !== 2 || !docs.some((d) => readableBy(actor, d))) throw problems.notFound('There is no such match, or you may not see it.');
  if (!mayDecide(actor, docs)) throw problems.forbidden(say(actor, 'refusal.match.notOfficer'));
  if (match.status !== 'suggested') throw problems.conflict(say(actor, 'refusal.match.decided'), { status: match.status });
  return { matching, match, docs, note: body.note.trim() };
}

export function matchRoutes(router: Router, services: Services): void {
  router.get('/records/:id/matches', async (ctx) => {
    const actor = actorOf(ctx, services);
    const id = String(ctx.params.id ?? '');
    if (!uuid.test(id)) throw problems.notFound();
    const ownDoc = await services.models.records.findOne({ _id: id, state: actor.deployment.code }).lean<StoredRecord>();
    const seen = ownDoc ? readableBy(actor, ownDoc) : undefined;
    if (!ownDoc || !seen) throw problems.notFound();
    const matching = matchingService(actor, services);
    const side = matchingOf(actor.deployment, ownDoc.recordType)?.side;
    if (!side) {
      ctx.body = { side: null, matches: [] };
      return;
    }
    // Matches of a record saved a moment ago are made before they are listed.
    await matching.syncWithin(5_000);
    const { minScore } = matching.settings(actor.deployment.code);
    // A weak pair kept only for the other report's list (it is among that report's best, not this one's) is not listed here.
    const ownList = (m: MatchDoc) => m.status !== 'suggested' || m.score >= minScore || !m.suggestedBy || m.suggestedBy.includes(side);
    const stored = (await matching.store.matches.find(side === 'missing' ? { missingId: id, status: { $ne: 'closed' } } : { foundId: id, status: { $ne: 'closed' } }).lean<MatchDoc[]>()).filter(ownList);
    // Suggestions as listed: a candidate that another report's suggestions claim is listed lower, and says why.
    const listed = await listedWithClaims(matching.store, side, id, stored);
    const matches = stored.map((m) => ({ ...m, ...listed.get(m._id) }));
    matches.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.score - a.score);
    const others = await services.models.records.find({ _id: { $in: matches.map((m) => (side === 'missing' ? m.foundId : m.missingId)) } }).lean<StoredRecord[]>();
    const byId = new Map(others.map((d) => [d._id, d]));
    ctx.body = {
      side,
      matches: matches.flatMap((m) => {
        const other = byId.get(side === 'missing' ? m.foundId : m.missingId);
        return other ? [matchView(actor, services, m, { doc: ownDoc, seen }, other, minScore)] : [];
      }),
    };
  });

  router.post('/matches/:id/confirm', async (ctx) => {
    const actor = actorOf(ctx, services);
    const { matching, match, docs, note } = await loadDecidable(ctx, services, actor);
    const taken = await matching.store.matches.exists({ _id: { $ne: match._id }, status: 'confirmed', $or: [{ missingId: match.missingId }, { foundId: match.foundId }] });
    if (taken) throw problems.conflict(say(actor, 'refusal.match.alreadyMatched'));
    const decided = { status: 'confirmed' as const, decidedBy: actor.user.id, decidedAt: actor.now, note, updatedAt: actor.now };
    const result = await matching.store.matches.updateOne({ _id: match._id, status: 'suggested' }, { $set: decided });
    if (result.modifiedCount === 0) throw problems.conflict(say(actor, 'refusal.match.decided'));
    const outcomes = await confirmMatch(services.models, matching.store, services.states, actor, { ...match, ...decided });
    await audit(services.models, { actor: actor.user, action: 'match.confirm', target: match._id, outcome: 'success', ip: ctx.ip, detail: { missingId: match.missingId, foundId: match.foundId, score: match.score, note, outcomes } });
    const own = docs.find((d) => readableBy(actor, d))!;
    const other = docs.find((d) => d !== own)!;
    ctx.body = { match: matchView(actor, services, { ...match, ...decided }, { doc: own, seen: readableBy(actor, own) }, other), outcomes: outcomes.filter((o) => o.recordId === own._id || readableBy(actor, other)) };
  });

  router.post('/matches/:id/reject', async (ctx) => {
    const actor = actorOf(ctx, services);
    const { matching, match, docs, note } = await loadDecidable(ctx, services, actor);
    const decided = { status: 'rejected' as const, decidedBy: actor.user.id, decidedAt: actor.now, note, updatedAt: actor.now };
    const result = await matching.store.matches.updateOne({ _id: match._id, status: 'suggested' }, { $set: decided });
    if (result.modifiedCount === 0) throw problems.conflict(say(actor, 'refusal.match.decided'));
    await recordRejection(services.models, actor, { ...match, ...decided });
    await audit(services.models, { actor: actor.user, action: 'match.reject', target: match._id, outcome: 'success', ip: ctx.ip, detail: { missingId: match.missingId, foundId: match.foundId, score: match.score, note } });
    const own = docs.find((d) => readableBy(actor, d))!;
    const other = docs.find((d) => d !== own)!;
    ctx.body = { match: matchView(actor, services, { ...match, ...decided }, { doc: own, seen: readableBy(actor, own) }, other) };
  });
}
