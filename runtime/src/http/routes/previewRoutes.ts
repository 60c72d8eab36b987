// The designer's live form preview: draft files compiled by the engine, one form as the caseworker app would get it.
import type Router from '@koa/router';
import { createAbility, loadDeployment, permittedFields, recordSubject, type CaseRecord, type Deployment, type UserContext } from '@suraksha/engine';
import type { Services } from '../../services';
import { requireConfigAdmin } from '../../config/adminAccess';
import { inStateLayout, toSource, type ConfigFiles } from '../../config/bundle';
import { readJson } from '../readJson';
import { validateInput } from '../validateInput';
import { HttpProblem, problems } from '../problem';
import { clientForm, clientMessages } from './metaRoutes';

const previewBody = {
  type: 'object',
  additionalProperties: false,
  required: ['files', 'form'],
  properties: {
    files: { type: 'object', maxProperties: 2000, additionalProperties: { type: 'object' } },
    form: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', maxLength: 100 },
    lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    role: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', maxLength: 100 },
  },
} as const;

export const previewSchemas = { preview: previewBody };

interface PreviewBody {
  files: ConfigFiles;
  form: string;
  lang?: string;
  role?: string;
}

export function previewRoutes(router: Router, services: Services): void {
  router.post('/admin/states/:code/preview', async (ctx) => {
    const code = ctx.params.code!;
    requireConfigAdmin(ctx, services, code);
    const served = services.states.get(code);
    if (!served) throw problems.notFound(`There is no state "${code}".`);
    const body = validateInput<PreviewBody>(previewBody, await readJson(ctx, 10_000_000, { keys: 'config' }), 'body');
    const outside = Object.keys(body.files).filter((path) => !inStateLayout(served.slug, path));
    if (outside.length > 0) throw problems.badRequest(`These files are not part of state ${code}: ${outside.join(', ')}`, outside.map((path) => ({ pointer: `/files/${escapePointer(path)}`, message: 'not a file of this state' })));
    const loaded = loadDeployment(toSource(served.slug, body.files), { plugins: services.states.plugins });
    if (!loaded.ok) throw new HttpProblem(422, 'invalidConfiguration', 'The configuration has problems', `${loaded.issues.length} problem(s) prevent the preview.`, undefined, { issues: loaded.issues });
    const d = loaded.deployment;
    const form = d.forms.get(body.form);
    if (!form) throw problems.badRequest(`There is no form "${body.form}".`, [{ pointer: '/form', message: 'no such form' }]);
    const lang = body.lang ?? d.manifest.languages[0]!;
    if (!d.manifest.languages.includes(lang)) throw problems.badRequest(`The state has no language "${lang}".`, [{ pointer: '/lang', message: `must be one of: ${d.manifest.languages.join(', ')}` }]);
    if (body.role !== undefined && !d.roles.roles[body.role]) throw problems.badRequest(`There is no role "${body.role}".`, [{ pointer: '/role', message: `must be one of: ${Object.keys(d.roles.roles).join(', ')}` }]);
    const access = body.role === undefined ? undefined : fieldAccess(d, body.form, body.role);
    const allPaths = form.fields.map((f) => f.path);
    ctx.body = {
      ...clientForm(d, form, lang),
      messages: clientMessages(d, lang),
      readable: access ? [...access.readable].sort() : allPaths,
      writable: access ? [...access.writable].sort() : allPaths,
      timeZone: d.manifest.timeZone,
      districts: d.manifest.districts.map((x) => ({ code: x.code, name: d.translator.t(lang, x.name), effectiveFrom: x.effectiveFrom ?? null, effectiveTo: x.effectiveTo ?? null })),
      offices: d.manifest.offices.map((o) => ({ id: o.id, type: o.type, district: o.district, name: d.translator.t(lang, o.name) })),
    };
  });
}

/**
 * What a user of `role` may read and write in the form, on a record of their own district and office that they own,
 * in its workflow's first stage (the usual case of someone filling the form in).
 */
function fieldAccess(d: Deployment, formId: string, role: string): { readable: Set<string>; writable: Set<string> } {
  const form = d.forms.get(formId)!;
  const recordType = d.manifest.recordTypes.find((r) => r.forms.includes(formId) || r.createForm === formId) ?? d.manifest.recordTypes[0]!;
  const officeTypes = d.roles.roles[role]?.officeTypes ?? [];
  const office = d.manifest.offices.find((o) => officeTypes.includes(o.type));
  const district = office?.district ?? d.manifest.districts[0]!.code;
  const user: UserContext = { id: 'preview', state: d.code, roles: [role], district, ...(office ? { office: office.id } : {}) };
  const record: CaseRecord = {
    id: 'preview',
    state: d.code,
    recordType: recordType.id,
    district,
    ...(office ? { office: office.id } : {}),
    ownerId: user.id,
    assignees: [user.id],
    stage: d.workflows.get(recordType.workflow)?.config.machine.initial ?? '',
    workflowVersion: 1,
    forms: {},
    deadlines: {},
    createdAt: new Date().toISOString(),
    version: 1,
  };
  const ability = createAbility(d.roles, user);
  if (!ability.can('read', recordSubject(record))) return { readable: new Set(), writable: new Set() };
  return { readable: permittedFields(ability, record, form, 'read'), writable: permittedFields(ability, record, form, 'update') };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
