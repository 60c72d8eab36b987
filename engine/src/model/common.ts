import { Type, type TSchema } from '@sinclair/typebox';

/** Patterns shared by every configuration file. */
export const patterns = {
  id: '^[a-z][A-Za-z0-9]*$',
  event: '^[A-Z][A-Z0-9_]*$',
  code: '^[A-Z][A-Z0-9-]*$',
  key: '^[a-z][A-Za-z0-9_.-]*$',
  language: '^[a-z]{2,3}$',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  duration: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
} as const;

export const Id = (description: string) => Type.String({ pattern: patterns.id, description });
export const EventName = (description: string) => Type.String({ pattern: patterns.event, description });
export const Code = (description: string) => Type.String({ pattern: patterns.code, description });
export const Key = (description: string) => Type.String({ pattern: patterns.key, description });
export const IsoDate = (description: string) => Type.String({ pattern: patterns.date, description });
export const Duration = (description: string) => Type.String({ pattern: patterns.duration, description });

/** The `$schema` pointer every config file starts with, so editors can autocomplete. */
export const SchemaRef = Type.Optional(Type.String({ description: 'Path or URL of the engine JSON Schema for this file' }));

/** A closed object: unknown keys are configuration mistakes. */
export function Closed<T extends Parameters<typeof Type.Object>[0]>(properties: T, description: string) {
  return Type.Object(properties, { additionalProperties: false, description });
}

export const OfficeTypes = ['cwc', 'jjb', 'cci', 'police', 'sjpu', 'railwayPolice', 'dcpu', 'scps', 'childline', 'ngo'] as const;
export const SensitiveCategories = ['caste', 'religion', 'health', 'disability', 'abuse', 'perpetrator', 'aadhaar', 'identity'] as const;

/** A closed set of strings, emitted as `enum` so errors list the allowed values. */
export function Literals<T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

/** A map from identifiers to values; keys that do not match the pattern are flagged. */
export function Dict<V extends TSchema>(keyPattern: string, value: V, description: string) {
  return Type.Record(Type.String({ pattern: keyPattern }), value, { additionalProperties: false, description });
}
