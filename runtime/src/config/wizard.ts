// The new-state wizard: builds a state's files from the blank template or a served state, publishes version 1, serves it.
import { randomUUID } from 'node:crypto';
import { engineMessageKeys, type Deployment, type Manifest } from '@suraksha/engine';
import type { Services } from '../services';
import type { UserDoc } from '../store/models';
import { checkPasswordPolicy, hashPassword } from '../auth/password';
import { HttpProblem, problems } from '../http/problem';
import { unpackFiles, type ConfigFiles } from './bundle';
import { blankFiles, blankRecordTypes, blankTexts } from './blankTemplate';
import { nationalState } from './adminAccess';
import { stateLanguages } from '@suraksha/engine/languages';

/** The languages a state may use, with their names in themselves and writing direction. */
export const wizardLanguages = stateLanguages;

export const wizardSchema = {
  type: 'object',
  required: ['code', 'slug', 'name', 'languages', 'districts', 'template'],
  additionalProperties: false,
  properties: {
    code: { type: 'string', pattern: '^[A-Z]{2,3}$' },
    slug: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', maxLength: 40 },
    name: {
      type: 'object',
      minProperties: 1,
      maxProperties: 15,
      propertyNames: { enum: Object.keys(wizardLanguages) },
      additionalProperties: { type: 'string', minLength: 1, maxLength: 100 },
    },
    languages: {
      type: 'array',
      minItems: 1,
      maxItems: 15,
      uniqueItems: true,
      items: { enum: Object.keys(wizardLanguages) },
    },
    districts: { type: 'string', minLength: 1, maxLength: 50_000 },
    template: {
      oneOf: [
        { type: 'object', required: ['from'], additionalProperties: false, properties: { from: { const: 'blank' } } },
        {
          type: 'object',
          required: ['from', 'state'],
          additionalProperties: false,
          properties: { from: { const: 'state' }, state: { type: 'string', pattern: '^[A-Z]{2,3}$' } },
        },
      ],
    },
    note: { type: 'string', maxLength: 2000 },
    admin: {
      type: 'object',
      required: ['username', 'name', 'password'],
      additionalProperties: false,
      properties: {
        username: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{2,49}$' },
        name: { type: 'string', minLength: 1, maxLength: 200 },
        password: { type: 'string', maxLength: 200 },
      },
    },
  },
} as const;

export interface WizardInput {
  code: string;
  slug: string;
  name: Record<string, string>;
  languages: string[];
  districts: string;
  template: { from: 'blank' } | { from: 'state'; state: string };
  note?: string;
  admin?: { username: string; name: string; password: string };
}

/** One problem of the request, at a pointer (and a line of the pasted districts), with a message key the designer translates. */
interface WizardIssue {
  pointer: string;
  key: WizardKey;
  params?: Record<string, string | number>;
  message: string;
  line?: number;
}

/** English texts of the wizard's refusals by key ({{name}} filled from params); the designer translates the same keys. */
export const wizardMessages = {
  'wizard.districtNoName': 'line {{line}}: "{{code}}" has no district name',
  'wizard.districtNameTooLong': 'line {{line}}: the district name is longer than 100 characters',
  'wizard.notADistrictName': 'line {{line}}: "{{name}}" is not a district name',
  'wizard.districtCodeTwice': 'line {{line}}: the code "{{code}}" is used twice',
  'wizard.districtNeedsCode': 'line {{line}}: give a code for "{{name}}" (e.g. "ABC {{name}}"): it has too few Latin letters to make one',
  'wizard.districtNameTwice': 'line {{line}}: "{{name}}" is already on line {{first}}',
  'wizard.noDistricts': 'paste at least one district',
  'wizard.reservedCode': '"{{code}}" is reserved for national users',
  'wizard.codeTaken': 'the code "{{code}}" is already used by a state',
  'wizard.slugTaken': 'the slug "{{slug}}" is already used by a state',
  'wizard.noStateName': "give the state's name in at least one of its languages ({{languages}})",
  'wizard.noTemplate': 'there is no served state "{{state}}" to copy',
  'wizard.passwordPolicy': 'the password does not meet the policy: {{rules}}',
  'wizard.usernameTaken': 'the username "{{username}}" is taken',
} as const;
type WizardKey = keyof typeof wizardMessages;

function wizardIssue(pointer: string, key: WizardKey, params: Record<string, string | number> = {}, line?: number): WizardIssue {
  const message = wizardMessages[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  return { pointer, ...(line === undefined ? {} : { line }), key, ...(Object.keys(params).length > 0 ? { params } : {}), message };
}

const unprocessable = (issues: WizardIssue[]) =>
  new HttpProblem(
    422,
    'invalidState',
    'The new state cannot be created',
    issues.map((i) => i.message).join('; '),
    undefined,
    { issues },
  );

/**
 * Parses the pasted districts, one a line: `CODE Name`, `CODE, Name`, `CODE<TAB>Name`, or just `Name` (the code is
 * then made from the name's first letters, made unique). Blank lines are skipped.
 */
export function parseDistricts(text: string): { districts: { code: string; name: string }[]; issues: WizardIssue[] } {
  const districts: { code: string; name: string; line: number }[] = [];
  const issues: WizardIssue[] = [];
  const lines = text.split(/\r?\n/);
  const pending: { name: string; line: number }[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    const bad = (key: WizardKey, params: Record<string, string> = {}) => issues.push(wizardIssue('/districts', key, { line, ...params }, line));
    const explicit = /^([A-Z][A-Z0-9]{1,5})(?:\s*\t\s*|\s*,\s*|\s+)(.*)$/.exec(text);
    const name = (explicit ? explicit[2]! : text).trim();
    if (explicit && !name) return bad('wizard.districtNoName', { code: explicit[1]! });
    if (name.length > 100) return bad('wizard.districtNameTooLong');
    if ([...name].some((c) => c.charCodeAt(0) < 32) || /[<>{}]/.test(name) || /^[\d\s,.-]+$/.test(name))
      return bad('wizard.notADistrictName', { name: name.slice(0, 40) });
    if (explicit) districts.push({ code: explicit[1]!, name, line });
    else pending.push({ name, line });
  });
  const taken = new Set<string>();
  for (const d of districts) {
    if (taken.has(d.code))
      issues.push(wizardIssue('/districts', 'wizard.districtCodeTwice', { line: d.line, code: d.code }, d.line));
    taken.add(d.code);
  }
  for (const p of pending) {
    const letters = p.name.toUpperCase().replace(/[^A-Z]/g, '');
    if (letters.length < 2) {
      issues.push(wizardIssue('/districts', 'wizard.districtNeedsCode', { line: p.line, name: p.name }, p.line));
      continue;
    }
    let code = letters.slice(0, 3);
    for (let i = 2; taken.has(code); i++) code = letters.slice(0, 2) + String(i);
    taken.add(code);
    districts.push({ code, name: p.name, line: p.line });
  }
  const names = new Map<string, number>();
  for (const d of districts.sort((a, b) => a.line - b.line)) {
    const key = d.name.toLowerCase();
    const first = names.get(key);
    if (first !== undefined)
      issues.push(wizardIssue('/districts', 'wizard.districtNameTwice', { line: d.line, name: d.name, first }, d.line));
    else names.set(key, d.line);
  }
  if (districts.length === 0 && issues.length === 0)
    issues.push(wizardIssue('/districts', 'wizard.noDistricts'));
  return { districts: districts.map(({ code, name }) => ({ code, name })), issues };
}

/** Office names per language and office type (English for the other languages, listed for review). */
const officeWords: Record<string, Record<string, string>> = {
  en: {
    cwc: 'Child Welfare Committee, {district}',
    dcpu: 'District Child Protection Unit, {district}',
    police: 'Police station, {district}',
    cci: "Children's home, {district}",
    sjpu: 'Special Juvenile Police Unit, {district}',
    railwayPolice: 'Railway police, {district}',
    childline: 'Childline, {district}',
    scps: 'State Child Protection Society',
    jjb: 'Juvenile Justice Board, {district}',
    ngo: 'NGO, {district}',
  },
  hi: {
    cwc: 'बाल कल्याण समिति, {district}',
    dcpu: 'जिला बाल संरक्षण इकाई, {district}',
    police: 'पुलिस थाना, {district}',
    cci: 'बाल गृह, {district}',
    sjpu: 'विशेष किशोर पुलिस इकाई, {district}',
    railwayPolice: 'रेलवे पुलिस, {district}',
    childline: 'चाइल्डलाइन, {district}',
    scps: 'राज्य बाल संरक्षण समिति',
    jjb: 'किशोर न्याय बोर्ड, {district}',
    ngo: 'स्वयंसेवी संस्था, {district}',
  },
  gu: {
    cwc: 'બાળ કલ્યાણ સમિતિ, {district}',
    dcpu: 'જિલ્લા બાળ સુરક્ષા એકમ, {district}',
    police: 'પોલીસ સ્ટેશન, {district}',
    cci: 'બાળ ગૃહ, {district}',
    sjpu: 'વિશેષ કિશોર પોલીસ એકમ, {district}',
    railwayPolice: 'રેલવે પોલીસ, {district}',
    childline: 'ચાઇલ્ડલાઇન, {district}',
    scps: 'રાજ્ય બાળ સુરક્ષા સોસાયટી',
    jjb: 'કિશોર ન્યાય બોર્ડ, {district}',
    ngo: 'સ્વૈચ્છિક સંસ્થા, {district}',
  },
};

type OfficeEntry = { id: string; type: string; district: string };

/** One CWC, one DCPU and one police station per district, plus one office in the first district of each other type the forms pick from. */
function officesFor(districts: District[], pickedTypes: readonly string[]): OfficeEntry[] {
  const offices = districts.flatMap((d) => [
    { id: `${d.code}-CWC-1`, type: 'cwc', district: d.code },
    { id: `${d.code}-DCPU`, type: 'dcpu', district: d.code },
    { id: `${d.code}-PS-1`, type: 'police', district: d.code },
  ]);
  const first = districts[0]!.code;
  for (const type of pickedTypes)
    if (!offices.some((o) => o.type === type))
      offices.push({ id: `${first}-${type.toUpperCase()}-1`, type, district: first });
  return offices;
}

/** The office types the forms' office pickers offer (`x-officeTypes`): each needs at least one office. */
function pickedOfficeTypes(files: ConfigFiles): string[] {
  const types = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'x-officeTypes' && Array.isArray(inner))
          inner.forEach((t) => typeof t === 'string' && types.add(t));
        else walk(inner);
      }
    }
  };
  for (const [path, value] of Object.entries(files)) if (path.includes('/forms/')) walk(value);
  return [...types].sort();
}

/** Builds, validates and publishes a new state; creates its first admin if asked. */
export async function createState(services: Services, user: UserDoc, input: WizardInput) {
  const issues: WizardIssue[] = [];
  const { districts, issues: districtIssues } = parseDistricts(input.districts);
  issues.push(...districtIssues);
  if (input.code === nationalState)
    issues.push(wizardIssue('/code', 'wizard.reservedCode', { code: nationalState }));
  else if (services.states.has(input.code) || (await services.states.models.versions.exists({ state: input.code })))
    issues.push(wizardIssue('/code', 'wizard.codeTaken', { code: input.code }));
  const slugs = new Set([...services.states.values()].map((d) => d.slug));
  if (slugs.has(input.slug) || (await services.states.models.versions.exists({ slug: input.slug })))
    issues.push(wizardIssue('/slug', 'wizard.slugTaken', { slug: input.slug }));
  if (!input.languages.some((l) => input.name[l]))
    issues.push(wizardIssue('/name', 'wizard.noStateName', { languages: input.languages.join(', ') }));
  const template = input.template.from === 'state' ? services.states.get(input.template.state) : undefined;
  if (input.template.from === 'state' && !template)
    issues.push(wizardIssue('/template/state', 'wizard.noTemplate', { state: input.template.state }));
  if (input.admin) {
    const policy = checkPasswordPolicy(input.admin.password, input.admin.username);
    if (policy.length > 0)
      issues.push(wizardIssue('/admin/password', 'wizard.passwordPolicy', { rules: policy.join(', ') }));
    if (await services.models.users.exists({ username: input.admin.username }))
      issues.push(wizardIssue('/admin/username', 'wizard.usernameTaken', { username: input.admin.username }));
  }
  if (issues.length > 0) throw unprocessable(issues);

  const built = template
    ? await fromState(services, template, input, districts)
    : fromBlank(services, input, districts);
  const published = await services.states.publish({
    code: input.code,
    slug: input.slug,
    files: built.files,
    note: input.note || `created with the wizard (${template ? `from ${template.code}` : 'blank template'})`,
    source: 'wizard',
    publishedBy: user.username,
  });
  if (!published.ok)
    throw new HttpProblem(
      422,
      'invalidConfiguration',
      'The new state does not pass validation',
      `${published.issues.length} problem(s) in the generated configuration.`,
      undefined,
      { issues: published.issues },
    );

  let admin: { username: string } | undefined;
  if (input.admin) {
    try {
      await services.models.users.create({
        _id: randomUUID(),
        username: input.admin.username,
        name: input.admin.name,
        passwordHash: await hashPassword(input.admin.password),
        state: input.code,
        roles: ['stateAdmin'],
        active: true,
        failedLogins: 0,
        lockedUntil: null,
        createdAt: new Date(),
        createdBy: user._id,
      });
      admin = { username: input.admin.username };
    } catch (error) {
      if ((error as { code?: number }).code === 11000)
        throw problems.conflict(
          `State ${input.code} was created, but the username "${input.admin.username}" was taken meanwhile: create its admin on the users page.`,
        );
      throw error;
    }
  }
  return {
    code: input.code,
    slug: input.slug,
    version: published.version,
    districts,
    offices: built.offices,
    needsReview: built.needsReview,
    droppedScenarios: built.droppedScenarios,
    ...(admin ? { admin } : {}),
  };
}

type Built = {
  files: ConfigFiles;
  offices: number;
  needsReview: { language: string; keys: number }[];
  droppedScenarios: string[];
};
type District = { code: string; name: string };

/** state.json for the new state: the template's record types and plugins, the pasted districts, three offices each. */
function manifestFor(
  input: WizardInput,
  districts: District[],
  offices: OfficeEntry[],
  base: Partial<Manifest>,
  slugDepth = '../../',
): Record<string, unknown> {
  const {
    $schema: _s,
    code: _c,
    name: _n,
    languages: _l,
    districts: _d,
    offices: _o,
    ...rest
  } = base as Manifest & { $schema?: string };
  // The template's district neighbourhood names the template's districts: the new state starts without one.
  if (rest.matching && 'neighbours' in rest.matching) {
    const { neighbours: _nb, ...matching } = rest.matching as typeof rest.matching & { neighbours?: unknown };
    rest.matching = matching;
  }
  return {
    $schema: `${slugDepth}engine/schemas/manifest.schema.json`,
    code: input.code,
    name: 'state.name',
    languages: input.languages,
    ...rest,
    districts: districts.map((d) => ({ code: d.code, name: `district.${d.code}` })),
    offices: offices.map((o) => ({ ...o, name: `office.${o.id}` })),
  };
}

/** The texts that depend on the new state: its name, district and office names. */
function placeTexts(
  input: WizardInput,
  districts: District[],
  offices: OfficeEntry[],
  lang: string,
): { messages: Record<string, string>; review: number } {
  let review = 0;
  const words = officeWords[lang] ?? officeWords.en!;
  if (!officeWords[lang]) review += offices.length;
  const stateName = input.name[lang] ?? input.name[input.languages.find((l) => input.name[l])!]!;
  if (!input.name[lang]) review += 1;
  const messages: Record<string, string> = { 'state.name': stateName };
  for (const d of districts) messages[`district.${d.code}`] = d.name;
  for (const o of offices)
    messages[`office.${o.id}`] = (words[o.type] ?? `${o.type} {district}`).replace(
      '{district}',
      districts.find((d) => d.code === o.district)!.name,
    );
  return { messages, review };
}

function translationFile(lang: string, messages: Record<string, string>) {
  const language = wizardLanguages[lang]!;
  return {
    $schema: '../../../engine/schemas/translations.schema.json',
    language: lang,
    name: language.name,
    direction: language.direction,
    messages: Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The engine's own texts in a language, from any served state that has them (else English, to be reviewed). */
function engineTexts(services: Services, lang: string): { messages: Record<string, string>; review: number } {
  const messages: Record<string, string> = {};
  let review = 0;
  const served = [...services.states.values()];
  for (const key of engineMessageKeys) {
    const own = served.find((d) => d.translator.has(lang, key));
    const english = served.find((d) => d.translator.has('en', key));
    if (own) messages[key] = own.translator.t(lang, key);
    else {
      messages[key] = english ? english.translator.t('en', key) : key;
      review++;
    }
  }
  return { messages, review };
}

function fromBlank(services: Services, input: WizardInput, districts: District[]): Built {
  const installed = services.states.plugins.map((p) => p.name);
  const plugins = installed.includes('caseNumbers') ? ['caseNumbers'] : [];
  const forms = blankFiles(input.slug, plugins);
  const offices = officesFor(districts, pickedOfficeTypes(forms));
  const files: ConfigFiles = {
    [`form-definitions/${input.slug}/state.json`]: manifestFor(input, districts, offices, {
      timeZone: 'Asia/Kolkata',
      recordTypes: blankRecordTypes,
      ...(plugins.length ? { plugins } : {}),
    } as Partial<Manifest>),
    ...forms,
  };
  const needsReview: Built['needsReview'] = [];
  for (const lang of input.languages) {
    const own = blankTexts[lang as 'en' | 'hi'];
    const engine = engineTexts(services, lang);
    const places = placeTexts(input, districts, offices, lang);
    const review = (own ? 0 : Object.keys(blankTexts.en).length) + engine.review + places.review;
    files[`form-definitions/${input.slug}/i18n/${lang}.json`] = translationFile(lang, {
      ...engine.messages,
      ...(own ?? blankTexts.en),
      ...places.messages,
    });
    if (review > 0) needsReview.push({ language: lang, keys: review });
  }
  return { files, offices: offices.length, needsReview, droppedScenarios: [] };
}

async function fromState(
  services: Services,
  template: Deployment,
  input: WizardInput,
  districts: District[],
): Promise<Built> {
  const latest = await services.states.latest(template.code);
  const source = latest ? unpackFiles(latest.files) : {};
  const from = template.slug;
  const templatePlaces = new Set([
    ...template.manifest.districts.map((d) => d.code),
    ...template.manifest.offices.map((o) => o.id),
  ]);
  const placeKey = (key: string) => /^(district|office)\./.test(key) || key === 'state.name';
  const files: ConfigFiles = {};
  const droppedScenarios: string[] = [];
  const bundles: Record<string, Record<string, string>> = {};
  const offices = officesFor(districts, pickedOfficeTypes(source));
  for (const [path, value] of Object.entries(source)) {
    const renamed = path
      .replace(`form-definitions/${from}/`, `form-definitions/${input.slug}/`)
      .replace(`workflows/${from}/`, `workflows/${input.slug}/`);
    if (path === `form-definitions/${from}/state.json`)
      files[renamed] = manifestFor(input, districts, offices, value as Manifest);
    else if (path.startsWith(`form-definitions/${from}/i18n/`)) {
      const bundle = value as { language: string; messages: Record<string, string> };
      bundles[bundle.language] = bundle.messages;
    } else if (path.startsWith(`workflows/${from}/scenarios/`)) {
      // Scenarios name the template's districts, offices and users: they would fail in the new state.
      const text = JSON.stringify(value);
      if ([...templatePlaces].some((place) => text.includes(`"${place}"`)))
        droppedScenarios.push((value as { id?: string }).id ?? path);
      else files[renamed] = value;
    } else files[renamed] = value;
  }
  const fallback = bundles.en ? 'en' : template.manifest.languages[0]!;
  const needsReview: Built['needsReview'] = [];
  for (const lang of input.languages) {
    const copied = bundles[lang];
    const base = Object.fromEntries(
      Object.entries(copied ?? bundles[fallback] ?? {}).filter(([key]) => !placeKey(key)),
    );
    const places = placeTexts(input, districts, offices, lang);
    files[`form-definitions/${input.slug}/i18n/${lang}.json`] = translationFile(lang, { ...base, ...places.messages });
    const review = (copied ? 0 : Object.keys(base).length) + places.review;
    if (review > 0) needsReview.push({ language: lang, keys: review });
  }
  return { files, offices: offices.length, needsReview, droppedScenarios };
}
