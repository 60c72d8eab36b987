import { Type, type Static } from '@sinclair/typebox';
import { Closed, Code, Id, IsoDate, Key, Literals, OfficeTypes, SchemaRef, patterns } from './common';

const District = Closed(
  {
    code: Code('Stable district code, never reused (e.g. AHM)'),
    name: Key('Translation key of the district name'),
    effectiveFrom: Type.Optional(IsoDate('First day the district exists (for a new or split district)')),
    effectiveTo: Type.Optional(IsoDate('Last day the district exists (records keep it after)')),
    splitFrom: Type.Optional(Code('Code of the district this one was carved out of')),
  },
  'A district of the state',
);

const Office = Closed(
  {
    id: Code('Stable office id (e.g. AHM-CWC-1)'),
    type: Literals(OfficeTypes, 'Kind of body'),
    district: Code('Code of the district the office is in'),
    name: Key('Translation key of the office name'),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 -]{6,16}$', description: 'Public phone number' })),
  },
  'An office: CWC, JJB, child care institution, police station, DCPU ...',
);

const RecordType = Closed(
  {
    id: Id('Record type id (e.g. cncp)'),
    label: Key('Translation key of the record type name'),
    workflow: Id('Id of the workflow that steps records of this type'),
    forms: Type.Array(Id('Form id'), { minItems: 1, uniqueItems: true, description: 'Forms a record of this type carries' }),
    createForm: Id('Form filled when the record is created'),
    nameField: Type.Optional(Type.String({ pattern: '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$', description: '<formId>.<path> of the child name' })),
  },
  'A kind of record (case, report)',
);

/** JSON Schema of `form-definitions/<slug>/state.json`. */
export const ManifestSchema = Closed(
  {
    $schema: SchemaRef,
    code: Type.String({ pattern: '^[A-Z]{2,3}$', description: 'State code (GJ, JH, WB)' }),
    name: Key('Translation key of the state name'),
    languages: Type.Array(Type.String({ pattern: patterns.language }), {
      minItems: 1,
      uniqueItems: true,
      description: 'Languages of the state; the first is the default',
    }),
    timeZone: Type.String({ description: 'IANA time zone, e.g. Asia/Kolkata' }),
    districts: Type.Array(District, { minItems: 1, description: 'Districts with stable codes' }),
    offices: Type.Array(Office, { description: 'Offices, each in a district' }),
    recordTypes: Type.Array(RecordType, { minItems: 1, description: 'Kinds of records kept' }),
    plugins: Type.Optional(Type.Array(Id('Plugin name'), { uniqueItems: true, description: 'Enabled plugins' })),
  },
  'A state deployment manifest',
);

export type Manifest = Static<typeof ManifestSchema>;
export type District = Static<typeof District>;
export type Office = Static<typeof Office>;
export type RecordTypeConfig = Static<typeof RecordType>;
