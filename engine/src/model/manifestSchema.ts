import { Type, type Static } from '@sinclair/typebox';
import { Closed, Code, Dict, EventName, Id, IsoDate, Key, Literals, OfficeTypes, SchemaRef, patterns } from './common';

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

const fieldPath = '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$';
const FieldRef = (description: string) => Type.String({ pattern: fieldPath, description: `<formId>.<path> of ${description}` });

/** What a match profile is made of; each is read from one form field of the record. */
export const MatchProfileFields = ['name', 'otherNames', 'age', 'dateOfBirth', 'sex', 'heightCm', 'date', 'place', 'district', 'languages', 'identificationMarks', 'fatherName', 'homeTown', 'complexion', 'build', 'clothing', 'disabilities'] as const;
/** What a confirmed match may write into a record: the other record's case number, place or district, or the day of confirmation. */
export const MatchConfirmValues = ['otherCaseNumber', 'otherPlace', 'otherDistrict', 'confirmedOn'] as const;

const RecordTypeMatching = Closed(
  {
    side: Literals(['missing', 'found'] as const, 'Which side of a match records of this type are'),
    fields: Closed(
      {
        name: Type.Optional(FieldRef("the child's name (any script)")),
        otherNames: Type.Optional(FieldRef('other names, separated by commas')),
        age: Type.Optional(FieldRef('the stated (missing) or apparent (found) age in years')),
        dateOfBirth: Type.Optional(FieldRef('the date of birth')),
        sex: Type.Optional(FieldRef('the sex (male, female, transgender)')),
        heightCm: Type.Optional(FieldRef('the height in cm')),
        date: Type.Optional(FieldRef('the day the child went missing or was found')),
        place: Type.Optional(FieldRef('the place the child went missing or was found')),
        district: Type.Optional(FieldRef('the district code of that place (default: the record\'s district)')),
        languages: Type.Optional(FieldRef('the languages the child speaks (a list)')),
        identificationMarks: Type.Optional(FieldRef('identification marks, as text')),
        fatherName: Type.Optional(FieldRef("the father's or guardian's name")),
        homeTown: Type.Optional(FieldRef("the child's home village, town or address (missing: where the child lives; found: the home the child names)")),
        complexion: Type.Optional(FieldRef('the complexion (fair, wheatish, dark)')),
        build: Type.Optional(FieldRef('the build (slim, medium, heavy)')),
        clothing: Type.Optional(FieldRef('what the child wore when last seen or when found, as text')),
        disabilities: Type.Optional(FieldRef('the disabilities recorded (hearing, speech, visual, physical, intellectual), a list')),
      },
      'Form fields the match profile is read from',
    ),
    onConfirm: Type.Optional(
      Closed(
        {
          set: Type.Optional(Dict(fieldPath, Literals(MatchConfirmValues, 'Value written'), 'Fields written on this record when a match is confirmed, before the event')),
          event: Type.Optional(EventName('Event fired on this record when a match is confirmed (e.g. MARK_TRACED)')),
        },
        'What a confirmed match does to a record of this type',
      ),
    ),
  },
  'Matching of missing and found children (the matching plugin)',
);

const MatchingSettings = Closed(
  {
    acrossStates: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{2,3}$' }), { uniqueItems: true, description: 'States whose reports are matched with ours; only pairs of states that name each other match' })),
    minScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Candidates scoring below this are not suggested, except the best `alwaysSuggest` (default 0.3)' })),
    alwaysSuggest: Type.Optional(Type.Integer({ minimum: 0, maximum: 50, description: "The best candidates of a report suggested even below minScore, marked weak (default 5): a child who gives no name has no strong candidate, and its best few must still be seen" })),
    likelyScore: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'A suggestion scoring at least this alerts the officers of both records (default 0.8)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'Suggestions kept per report (default 10)' })),
    neighbours: Type.Optional(
      Dict(patterns.code, Type.Array(Code('A neighbouring district'), { uniqueItems: true }), 'Districts bordering each district (by code); a child found in a neighbouring district is likelier to be the child than one found elsewhere in the state. Listing one side of a pair is enough'),
    ),
  },
  'Settings of the matching plugin',
);

const RecordType = Closed(
  {
    id: Id('Record type id (e.g. cncp)'),
    label: Key('Translation key of the record type name'),
    workflow: Id('Id of the workflow that steps records of this type'),
    forms: Type.Array(Id('Form id'), { minItems: 1, uniqueItems: true, description: 'Forms a record of this type carries' }),
    createForm: Id('Form filled when the record is created'),
    nameField: Type.Optional(Type.String({ pattern: '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$', description: '<formId>.<path> of the child name' })),
    matching: Type.Optional(RecordTypeMatching),
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
    matching: Type.Optional(MatchingSettings),
  },
  'A state deployment manifest',
);

export type Manifest = Static<typeof ManifestSchema>;
export type District = Static<typeof District>;
export type Office = Static<typeof Office>;
export type RecordTypeConfig = Static<typeof RecordType>;
export type RecordTypeMatching = Static<typeof RecordTypeMatching>;
export type MatchingSettings = Static<typeof MatchingSettings>;
