// Health, the OpenAPI document, and the client configuration the web apps render from.
import type Router from '@koa/router';
import { packRules } from '@casl/ability/extra';
import { createAbility } from '@suraksha/engine';
import type { Services } from '../../services';
import { actorOf } from '../context';
import { createOpenApi } from '../openApi';

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
    const actor = actorOf(ctx, services);
    const d = actor.deployment;
    const lang = actor.lang;
    const t = (key: string) => d.translator.t(lang, key);
    const ability = createAbility(d.roles, actor.user);
    const messages = Object.fromEntries([...d.usedKeys].map((k) => [k, t(k)]));
    ctx.body = {
      state: { code: d.code, name: t(d.manifest.name), timeZone: d.manifest.timeZone },
      language: lang,
      languages: d.manifest.languages,
      messages,
      districts: d.manifest.districts.map((x) => ({ code: x.code, name: t(x.name), effectiveFrom: x.effectiveFrom ?? null, effectiveTo: x.effectiveTo ?? null })),
      offices: d.manifest.offices.map((o) => ({ id: o.id, type: o.type, district: o.district, name: t(o.name) })),
      recordTypes: d.manifest.recordTypes.map((r) => ({ ...r, label: t(r.label), canCreate: ability.can('create', 'record') })),
      forms: Object.fromEntries([...d.forms.values()].map((f) => [f.id, { id: f.id, version: f.version, title: t(f.config.title), schema: f.schema, uischema: f.uischema }])),
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
