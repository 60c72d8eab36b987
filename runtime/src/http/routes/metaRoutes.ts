// Health, the OpenAPI document, and the client configuration the web apps render from.
import type Router from '@koa/router';
import { packRules } from '@casl/ability/extra';
import { createAbility, type CompiledForm, type Deployment } from '@suraksha/engine';
import type { Services } from '../../services';
import { actorOf } from '../context';
import { problems } from '../problem';
import { queryObject, validateInput } from '../validateInput';
import { createOpenApi } from '../openApi';

const clientConfigQuery = { type: 'object', additionalProperties: false, properties: { lang: { type: 'string', pattern: '^[a-z]{2,3}$' }, version: { type: 'integer', minimum: 1, maximum: 1_000_000 } } } as const;

export function metaRoutes(router: Router, services: Services): void {
  router.get('/health', async (ctx) => {
    const started = performance.now();
    let database = 'ok';
    try {
      await services.models.records.db.db!.command({ ping: 1 });
    } catch {
      database = 'unreachable';
    }
    ctx.status = database === 'ok' ? 200 : 503;
    ctx.body = { status: database === 'ok' ? 'ok' : 'degraded', database, states: [...services.states.keys()], ms: Math.round(performance.now() - started) };
  });

  router.get('/openapi.json', async (ctx) => {
    ctx.body = createOpenApi();
  });

  router.get('/client-config', async (ctx) => {
    const current = actorOf(ctx, services);
    // ?version=N: an earlier published version of the user's own state (the record page renders old records with it).
    const query = validateInput<{ lang?: string; version?: number }>(clientConfigQuery, queryObject(ctx.query, ['version']), 'query');
    const currentVersion = services.states.currentVersion(current.deployment.code) ?? null;
    const version = query.version ?? currentVersion;
    const pinned = query.version !== undefined && query.version !== currentVersion ? await services.states.at(current.deployment.code, query.version) : current.deployment;
    if (!pinned || (currentVersion !== null && query.version !== undefined && query.version > currentVersion)) throw problems.notFound(`Your state has no published version ${query.version}.`);
    const actor = { ...current, deployment: pinned };
    const d = actor.deployment;
    const lang = actor.lang;
    const t = (key: string) => d.translator.t(lang, key);
    const ability = createAbility(d.roles, actor.user);
    const messages = clientMessages(d, lang);
    ctx.body = {
      configVersion: version,
      state: { code: d.code, name: t(d.manifest.name), timeZone: d.manifest.timeZone },
      language: lang,
      languages: d.manifest.languages,
      messages,
      districts: d.manifest.districts.map((x) => ({ code: x.code, name: t(x.name), effectiveFrom: x.effectiveFrom ?? null, effectiveTo: x.effectiveTo ?? null })),
      offices: d.manifest.offices.map((o) => ({ id: o.id, type: o.type, district: o.district, name: t(o.name) })),
      recordTypes: d.manifest.recordTypes.map((r) => ({ ...r, label: t(r.label), canCreate: ability.can('create', 'record') })),
      forms: Object.fromEntries([...d.forms.values()].map((f) => [f.id, clientForm(d, f, lang)])),
      workflows: Object.fromEntries(
        [...d.workflows.values()].map((w) => [
          w.id,
          {
            id: w.id,
            version: w.version,
            initial: w.config.machine.initial,
            stages: Object.fromEntries(Object.entries(w.config.machine.states).map(([id, s]) => [id, { label: t(s.meta.label), final: s.type === 'final', editableForms: s.meta.editableForms ?? [], requiredForms: s.meta.requiredForms ?? [] }])),
            events: Object.fromEntries(Object.entries(w.config.events).map(([id, e]) => [id, { label: t(e.label), ...(e.confirm ? { confirm: t(e.confirm) } : {}) }])),
          },
        ]),
      ),
      rules: packRules(ability.rules),
    };
  });
}

/** Every text the configuration uses, in one language (the web apps translate labels with these). */
export function clientMessages(d: Deployment, lang: string): Record<string, string> {
  return Object.fromEntries([...d.usedKeys].map((k) => [k, d.translator.t(lang, k)]));
}

/** One form as the web apps render it (also used by the designer's preview). */
export function clientForm(d: Deployment, f: CompiledForm, lang: string) {
  return { id: f.id, version: f.version, title: d.translator.t(lang, f.config.title), schema: f.schema, uischema: f.uischema };
}
