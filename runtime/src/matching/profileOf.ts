// A record's match profile, read from the form fields its state's manifest names for each part of the profile.
import { readPath, type CaseRecord, type Deployment, type RecordTypeMatching } from '@suraksha/engine';
import { toMatchProfile, type ChildReport, type MatchProfile } from '@suraksha/plugin-matching';

export type ProfileField = keyof RecordTypeMatching['fields'];

/** The matching settings of a record's type, when its state has the matching plugin on. */
export function matchingOf(deployment: Deployment, recordType: string): RecordTypeMatching | undefined {
  if (!(deployment.manifest.plugins ?? []).includes('matching')) return undefined;
  return deployment.recordType(recordType)?.matching;
}

/** The value of a `<formId>.<path>` field on a record (undefined if absent). */
export function fieldValue(record: Pick<CaseRecord, 'forms'>, ref: string): unknown {
  const [formId, ...path] = ref.split('.');
  return readPath(record.forms[formId!]?.data, path.join('.'));
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** The record as a plain report for the matcher; undefined when its type takes no part in matching. */
export function reportOf(deployment: Deployment, record: CaseRecord): ChildReport | undefined {
  const settings = matchingOf(deployment, record.recordType);
  if (!settings) return undefined;
  const f = settings.fields;
  const get = (name: ProfileField) => (f[name] ? fieldValue(record, f[name]) : undefined);
  const languages = get('languages');
  const disabilities = get('disabilities');
  return {
    id: record.id,
    kind: settings.side,
    name: asText(get('name')) ?? null,
    otherNames: asText(get('otherNames')) ?? null,
    age: asNumber(get('age')) ?? null,
    dateOfBirth: asText(get('dateOfBirth')) ?? null,
    sex: asText(get('sex')) ?? null,
    heightCm: asNumber(get('heightCm')) ?? null,
    date: asText(get('date')) ?? null,
    place: asText(get('place')) ?? null,
    district: asText(get('district')) ?? record.district,
    state: record.state,
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : typeof languages === 'string' ? [languages] : null,
    identificationMarks: asText(get('identificationMarks')) ?? null,
    fatherName: asText(get('fatherName')) ?? null,
    homeTown: asText(get('homeTown')) ?? null,
    complexion: asText(get('complexion')) ?? null,
    build: asText(get('build')) ?? null,
    clothing: asText(get('clothing')) ?? null,
    disabilities: Array.isArray(disabilities) ? disabilities.filter((d): d is string => typeof d === 'string') : (asText(disabilities) ?? null),
  };
}

/** The record's match profile, or undefined when its type takes no part in matching. */
export function profileOf(deployment: Deployment, record: CaseRecord): MatchProfile | undefined {
  const report = reportOf(deployment, record);
  return report ? toMatchProfile(report) : undefined;
}

/** The profile fields each explained feature is computed from (to show a feature's explanation only to those who may read them). */
export const featureFields: Record<string, ProfileField[]> = {
  name: ['name', 'otherNames'],
  fatherName: ['fatherName'],
  homeTown: ['homeTown'],
  age: ['age', 'dateOfBirth', 'date'],
  sex: ['sex'],
  dates: ['date'],
  place: ['place', 'district'],
  languages: ['languages'],
  marks: ['identificationMarks'],
  height: ['heightCm', 'date'],
  clothing: ['clothing', 'date'],
  complexion: ['complexion'],
  build: ['build'],
  disability: ['disabilities'],
};
