// The configuration admin API of designer/API.md: drafts, validation, publishing, versions, rollback, export/import, catalog, new states.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { Actions, RecordConditionFields, Subjects, toPointer, type Issue } from '@suraksha/engine';
import type { Services } from '../../services';
import type { UserDoc } from '../../store/models';
import type { ConfigDraftDoc, ConfigVersionDoc } from '../../config/configModels';
import { isNationalAdmin, managesOwnConfiguration, requireConfigAdmin } from '../../config/adminAccess';
import { inStateLayout, packFiles, unpackFiles, type ConfigFiles } from '../../config/bundle';
import { diffFiles } from '../../config/jsonDiff';
import { catalogOf } from '../../config/catalog';
import { createState, wizardSchema, type WizardInput } from '../../config/wizard';
import { audit } from '../../audit/audit';
import { readJson } from '../readJson';
import { queryObject, validateInput } from '../validateInput';
import { requireAuth } from '../context';
import { HttpProblem, problems, type ProblemIssue } from '../problem';

const bundleLimit = 10_000_000;
const files = {
  type: 'object',
  maxProperties: 2000,
  propertyNames: { pattern: '^(form-definitions|workflows)/[A-Za-z0-9._/-]+\\.json$', maxLength: 300 },
  additionalProperties: { type: 'object' },
};
const note = { type: 'string', maxLength: 2000 };
const version = { type: 'integer', minimum: 1, maximum: 1_000_000 };

export const adminSchemas = {
  saveDraft: {
    type: 'object',
    required: ['revision', 'files'],
    additionalProperties: false,
    properties: { revision: { type: 'integer', minimum: 0 }, files },
  },
  validate: { type: 'object', required: ['files'], additionalProperties: false, properties: { files } },
  publish: {
    type: 'object',
    required: ['revision'],
    additionalProperties: false,
    properties: { revision: { type: 'integer', minimum: 1 }, note },
  },
  rollback: { type: 'object', required: ['version'], additionalProperties: false, properties: { version, note } },
  bundle: {
    type: 'object',
    required: ['format', 'formatVersion', 'code', 'slug', 'files'],
    additionalProperties: false,
    properties: {
      format: { const: 'suraksha-config' },
      formatVersion: { const: 1 },
      code: { type: 'string', maxLength: 3 },
      slug: { type: 'string', maxLength: 60 },
      version: { anyOf: [{ type: 'integer' }, { const: 'draft' }] },
      exportedAt: { type: 'string', maxLength: 40 },
      files,
    },
  },
  versionDiff: {
    type: 'object',
    additionalProperties: false,
    properties: { against: { type: 'integer', minimum: 0, maximum: 1_000_000 } },
  },
  exportQuery: { type: 'object', additionalProperties: false, properties: { version, draft: { enum: ['1', 'true'] } } },
  catalog: {
    type: 'object',
    required: ['state'],
    additionalProperties: false,
    properties: { state: { type: 'string', pattern: '^[A-Z]{2,3}$' } },
  },
  none: { type: 'object', additionalProperties: false, properties: {} },
} as const;

/** A 422 listing the engine's issues (file, pointer, message, line, column). */
export function invalidConfiguration(
  issues: Issue[],
  detail = 'The configuration has problems; fix them and try again.',
): HttpProblem {
  return new HttpProblem(
    422,
    'invalidConfiguration',
    'The configuration has problems',
    `${detail} (${issues.length} problem(s))`,
    undefined,
    { issues },
  );
}

/** The state code of the URL: an unknown shape is an unknown state. */
function stateCode(ctx: Context): string {
  const code = String(ctx.params.code ?? '');
  if (!/^[A-Z]{2,3}$/.test(code)) throw problems.notFound(`There is no state "${code.slice(0, 10)}".`);
  return code;
}

function versionParam(ctx: Context): number {
  const value = String(ctx.params.version ?? '');
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1) throw problems.notFound('There is no such version.');
  return Number(value);
}

function escape(path: string): string {
  return toPointer([path]).slice(1);
}

export function adminRoutes(router: Router, services: Services): void {
  const { versions, drafts } = services.states.models;

  /** The admin, the served deployment and its slug for a state of the URL. */
  const admin = (ctx: Context) => {
    const code = stateCode(ctx);
    const { user, national } = requireConfigAdmin(ctx, services, code);
    const deployment = services.states.get(code);
    if (!deployment) throw problems.notFound(`There is no state "${code}".`);
    return { code, user, national, deployment, slug: deployment.slug };
  };
  const log = (user: UserDoc, state: string, action: string, detail: Record<string, unknown>, target?: string) =>
    audit(services.models, {
      actor: { id: user._id, state: user.state },
      state,
      action,
      target: target ?? state,
      outcome: 'success',
      detail,
    });

  const storedVersion = async (code: string, number: number): Promise<ConfigVersionDoc> => {
    const doc = await versions.findById(`${code}@${number}`).lean<ConfigVersionDoc>();
    if (!doc) throw problems.notFound(`State ${code} has no version ${number}.`);
    return doc;
  };
  const publishedFiles = async (code: string): Promise<{ version: number; files: ConfigFiles }> => {
    const latest = await services.states.latest(code);
    return latest ? { version: latest.version, files: unpackFiles(latest.files) } : { version: 0, files: {} };
  };
  const issuesOf = (code: string, slug: string, given: ConfigFiles): Issue[] =>
    services.states.check(code, slug, given).issues;

  router.get('/admin/states', async (ctx) => {
    const { user } = requireAuth(ctx);
    validateInput(adminSchemas.none, queryObject(ctx.query), 'query');
    const national = isNationalAdmin(user);
    if (!national && !managesOwnConfiguration(services, user))
      throw problems.forbidden('Only a state admin or a national admin may administer configuration.');
    const codes = national ? [...services.states.keys()].sort() : [user.state];
    const saved = await drafts.find({ _id: { $in: codes } }, { files: 0 }).lean<ConfigDraftDoc[]>();
    ctx.body = codes.map((code) => {
      const d = services.states.get(code)!;
      const lang =
        user.language && d.manifest.languages.includes(user.language) ? user.language : d.manifest.languages[0]!;
      const draft = saved.find((s) => s._id === code);
      return {
        code,
        slug: d.slug,
        name: d.translator.t(lang, d.manifest.name),
        languages: d.manifest.languages,
        publishedVersion: services.states.currentVersion(code) ?? null,
        draft: draft ? { revision: draft.revision, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy } : null,
      };
    });
  });

  router.get('/admin/catalog', async (ctx) => {
    const query = validateInput<{ state: string }>(adminSchemas.catalog, queryObject(ctx.query), 'query');
    requireConfigAdmin(ctx, services, query.state);
    const deployment = services.states.get(query.state);
    if (!deployment) throw problems.notFound(`There is no state "${query.state}".`);
    ctx.body = {
      ...catalogOf(deployment, services.states.plugins),
      recordActions: [...Actions],
      subjects: [...Subjects],
      conditionFields: [...RecordConditionFields],
    };
  });

  router.get('/admin/states/:code/draft', async (ctx) => {
    const { code, slug } = admin(ctx);
    const draft = await drafts.findById(code).lean<ConfigDraftDoc>();
    if (draft) {
      const draftFiles = unpackFiles(draft.files);
      ctx.body = {
        code,
        slug,
        baseVersion: draft.baseVersion,
        revision: draft.revision,
        files: draftFiles,
        issues: issuesOf(code, slug, draftFiles),
        isDraft: true,
        updatedAt: draft.updatedAt,
        updatedBy: draft.updatedBy,
      };
      return;
    }
    const published = await publishedFiles(code);
    ctx.body = {
      code,
      slug,
      baseVersion: published.version,
      revision: 0,
      files: published.files,
      issues: [],
      isDraft: false,
    };
  });

  /** Saves the draft if `revision` is the stored one (0 = there is none yet); invalid drafts are saved too. */
  const saveDraft = async (
    code: string,
    slug: string,
    user: UserDoc,
    revision: number,
    given: ConfigFiles,
    baseVersion?: number,
  ) => {
    const now = new Date();
    const packed = packFiles(given);
    if (revision === 0) {
      const existing = await drafts.exists({ _id: code });
      if (existing)
        throw problems.conflict('Someone else saved a draft of this state. Reload it, then apply your changes again.');
      try {
        await drafts.create({
          _id: code,
          state: code,
          slug,
          baseVersion: baseVersion ?? services.states.currentVersion(code) ?? 0,
          revision: 1,
          files: packed,
          updatedAt: now,
          updatedBy: user.username,
          source: 'designer',
        });
      } catch (error) {
        if ((error as { code?: number }).code === 11000)
          throw problems.conflict(
            'Someone else saved a draft of this state. Reload it, then apply your changes again.',
          );
        throw error;
      }
      return { revision: 1, updatedAt: now };
    }
    const result = await drafts.updateOne(
      { _id: code, revision },
      { $set: { files: packed, updatedAt: now, updatedBy: user.username, source: 'designer' }, $inc: { revision: 1 } },
    );
    if (result.matchedCount === 0) {
      const current = await drafts.findById(code, { revision: 1 }).lean<ConfigDraftDoc>();
      throw problems.conflict(
        'The draft was changed by someone else since you opened it. Reload it, then apply your changes again.',
        { currentRevision: current?.revision ?? 0 },
      );
    }
    return { revision: revision + 1, updatedAt: now };
  };

  /** Files must sit in this state's part of the repository layout. */
  const checkLayout = (slug: string, given: ConfigFiles) => {
    const outside = Object.keys(given).filter((path) => !inStateLayout(slug, path));
    if (outside.length > 0) {
      throw problems.badRequest(
        `These files are not under form-definitions/${slug}/ or workflows/${slug}/: ${outside.slice(0, 5).join(', ')}`,
        outside.map((path) => ({
          pointer: `/files/${escape(path)}`,
          message: `not a file of this state (paths start with form-definitions/${slug}/ or workflows/${slug}/)`,
          key: 'request.outsideState',
          params: { slug },
        })),
      );
    }
  };

  router.put('/admin/states/:code/draft', async (ctx) => {
    const { code, slug, user } = admin(ctx);
    const body = validateInput<{ revision: number; files: ConfigFiles }>(
      adminSchemas.saveDraft,
      await readJson(ctx, bundleLimit, { keys: 'config' }),
      'body',
    );
    checkLayout(slug, body.files);
    const saved = await saveDraft(code, slug, user, body.revision, body.files);
    await log(user, code, 'config.draft.save', { revision: saved.revision, files: Object.keys(body.files).length });
    ctx.body = { revision: saved.revision, issues: issuesOf(code, slug, body.files), updatedAt: saved.updatedAt };
  });

  router.get('/admin/states/:code/draft/diff', async (ctx) => {
    const { code } = admin(ctx);
    const draft = await drafts.findById(code).lean<ConfigDraftDoc>();
    const published = await publishedFiles(code);
    ctx.body = {
      from: published.version,
      to: 'draft',
      files: draft ? diffFiles(published.files, unpackFiles(draft.files)) : [],
    };
  });

  router.delete('/admin/states/:code/draft', async (ctx) => {
    const { code, user } = admin(ctx);
    const removed = await drafts.deleteOne({ _id: code });
    if (removed.deletedCount > 0) await log(user, code, 'config.draft.discard', {});
    ctx.status = 204;
  });

  router.post('/admin/states/:code/validate', async (ctx) => {
    const { code, slug } = admin(ctx);
    const body = validateInput<{ files: ConfigFiles }>(
      adminSchemas.validate,
      await readJson(ctx, bundleLimit, { keys: 'config' }),
      'body',
    );
    checkLayout(slug, body.files);
    ctx.body = { issues: issuesOf(code, slug, body.files) };
  });

  router.post('/admin/states/:code/publish', async (ctx) => {
    const { code, slug, user } = admin(ctx);
    const body = validateInput<{ revision: number; note?: string }>(
      adminSchemas.publish,
      await readJson(ctx, 100_000),
      'body',
    );
    const draft = await drafts.findById(code).lean<ConfigDraftDoc>();
    if (!draft)
      throw problems.conflict('There is no draft to publish: save your changes first.', { currentRevision: 0 });
    if (draft.revision !== body.revision)
      throw problems.conflict(
        'The draft was changed by someone else since you opened it. Reload it and check their changes before publishing.',
        { currentRevision: draft.revision },
      );
    const from = services.states.currentVersion(code) ?? 0;
    const result = await services.states.publish({
      code,
      slug,
      files: unpackFiles(draft.files),
      note: body.note ?? '',
      source: draft.source ?? 'designer',
      publishedBy: user.username,
    });
    if (!result.ok) {
      await audit(services.models, {
        actor: { id: user._id, state: user.state },
        state: code,
        action: 'config.publish',
        target: code,
        outcome: 'failure',
        detail: { revision: body.revision, issues: result.issues.length },
      });
      throw invalidConfiguration(result.issues, 'The draft cannot be published.');
    }
    // The draft became the published version (unless someone saved it again meanwhile).
    await drafts.deleteOne({ _id: code, revision: body.revision });
    await log(user, code, 'config.publish', { version: result.version, note: body.note ?? '', bumped: result.bumped });
    ctx.status = 201;
    ctx.body = {
      version: result.version,
      diff: { from, to: result.version, files: result.diff },
      bumped: result.bumped,
    };
  });

  router.get('/admin/states/:code/versions', async (ctx) => {
    const { code } = admin(ctx);
    const list = await versions
      .find({ state: code }, { files: 0 })
      .sort({ version: -1 })
      .limit(1000)
      .lean<ConfigVersionDoc[]>();
    ctx.body = list.map((v) => ({
      version: v.version,
      note: v.note,
      publishedBy: v.publishedBy,
      publishedAt: v.publishedAt,
      source: v.source,
      summary: v.summary,
    }));
  });

  router.get('/admin/states/:code/versions/:version', async (ctx) => {
    const { code } = admin(ctx);
    const doc = await storedVersion(code, versionParam(ctx));
    ctx.body = {
      version: doc.version,
      note: doc.note,
      publishedBy: doc.publishedBy,
      publishedAt: doc.publishedAt,
      source: doc.source,
      files: unpackFiles(doc.files),
    };
  });

  router.get('/admin/states/:code/versions/:version/diff', async (ctx) => {
    const { code } = admin(ctx);
    const to = versionParam(ctx);
    const query = validateInput<{ against?: number }>(
      adminSchemas.versionDiff,
      queryObject(ctx.query, ['against']),
      'query',
    );
    const against = query.against ?? to - 1;
    const after = await storedVersion(code, to);
    const before = against === 0 ? undefined : await storedVersion(code, against);
    ctx.body = {
      from: against,
      to,
      files: diffFiles(before ? unpackFiles(before.files) : {}, unpackFiles(after.files)),
    };
  });

  router.post('/admin/states/:code/rollback', async (ctx) => {
    const { code, slug, user } = admin(ctx);
    const body = validateInput<{ version: number; note?: string }>(
      adminSchemas.rollback,
      await readJson(ctx, 100_000),
      'body',
    );
    const target = await versions.findById(`${code}@${body.version}`).lean<ConfigVersionDoc>();
    if (!target)
      throw problems.badRequest(`State ${code} has no version ${body.version}.`, [
        { pointer: '/version', message: 'no such version', key: 'request.noSuchVersion' },
      ]);
    const from = services.states.currentVersion(code) ?? 0;
    const note = body.note || `rollback to version ${body.version}`;
    const result = await services.states.publish({
      code,
      slug,
      files: unpackFiles(target.files),
      note,
      source: 'rollback',
      publishedBy: user.username,
    });
    if (!result.ok) throw invalidConfiguration(result.issues, `Version ${body.version} no longer passes validation.`);
    await log(user, code, 'config.rollback', { version: result.version, to: body.version, note });
    ctx.status = 201;
    ctx.body = { version: result.version, diff: { from, to: result.version, files: result.diff } };
  });

  router.get('/admin/states/:code/export', async (ctx) => {
    const { code, slug } = admin(ctx);
    const query = validateInput<{ version?: number; draft?: string }>(
      adminSchemas.exportQuery,
      queryObject(ctx.query, ['version']),
      'query',
    );
    let exported: { version: number | 'draft'; files: ConfigFiles };
    if (query.draft) {
      const draft = await drafts.findById(code).lean<ConfigDraftDoc>();
      if (!draft) throw problems.notFound(`State ${code} has no draft.`);
      exported = { version: 'draft', files: unpackFiles(draft.files) };
    } else {
      const doc = query.version ? await storedVersion(code, query.version) : await services.states.latest(code);
      if (!doc) throw problems.notFound(`State ${code} has no published version.`);
      exported = { version: doc.version, files: unpackFiles(doc.files) };
    }
    ctx.attachment(`${slug}-${exported.version === 'draft' ? 'draft' : `v${exported.version}`}.json`);
    ctx.type = 'application/json';
    ctx.body = {
      format: 'suraksha-config',
      formatVersion: 1,
      code,
      slug,
      version: exported.version,
      exportedAt: new Date().toISOString(),
      files: exported.files,
    };
  });

  router.post('/admin/states/:code/import', async (ctx) => {
    const { code, slug, user } = admin(ctx);
    const bundle = validateInput<{ code: string; slug: string; files: ConfigFiles; version?: number | 'draft' }>(
      adminSchemas.bundle,
      await readJson(ctx, bundleLimit, { keys: 'config' }),
      'body',
    );
    const mismatches: ProblemIssue[] = [
      ...(bundle.code !== code
        ? [{ pointer: '/code', message: `the bundle is for state "${bundle.code}", not ${code}`, key: 'request.bundleOtherState', params: { bundle: bundle.code, state: code } }]
        : []),
      ...(bundle.slug !== slug
        ? [{ pointer: '/slug', message: `the bundle's slug is "${bundle.slug}"; state ${code} uses "${slug}"`, key: 'request.bundleOtherSlug', params: { bundle: bundle.slug, state: code, slug } }]
        : []),
    ];
    if (mismatches.length > 0)
      throw new HttpProblem(
        422,
        'wrongState',
        'The bundle is for another state',
        mismatches.map((m) => m.message).join('; '),
        mismatches,
      );
    checkLayout(slug, bundle.files);
    const current = await drafts.findById(code, { revision: 1 }).lean<ConfigDraftDoc>();
    const now = new Date();
    const revision = (current?.revision ?? 0) + 1;
    await drafts.updateOne(
      { _id: code },
      {
        $set: {
          state: code,
          slug,
          baseVersion: services.states.currentVersion(code) ?? 0,
          revision,
          files: packFiles(bundle.files),
          updatedAt: now,
          updatedBy: user.username,
          source: 'import',
        },
      },
      { upsert: true },
    );
    await log(user, code, 'config.import', {
      revision,
      files: Object.keys(bundle.files).length,
      bundleVersion: bundle.version ?? null,
    });
    ctx.body = { revision, issues: issuesOf(code, slug, bundle.files) };
  });

  router.post('/admin/states', async (ctx) => {
    const { user } = requireAuth(ctx);
    if (!isNationalAdmin(user)) throw problems.forbidden('Only a national admin may create a state.');
    const body = validateInput<WizardInput>(wizardSchema, await readJson(ctx, 1_000_000), 'body');
    const created = await createState(services, user, body);
    await log(
      user,
      created.code,
      'config.state.create',
      {
        version: created.version,
        template: body.template,
        districts: created.districts,
        note: body.note ?? '',
        admin: created.admin ?? null,
      },
      created.code,
    );
    ctx.status = 201;
    ctx.body = created;
  });
}
