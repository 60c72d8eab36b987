// The wizard's blank template: a minimal but working state (found child: one form, three stages, three roles).
import type { ConfigFiles } from './bundle';

/** Texts of the template's own keys in the languages written for it; other languages start from English. */
export const blankTexts: Record<'en' | 'hi', Record<string, string>> = {
  en: {
    'recordType.foundChild': 'Found child',
    'workflow.foundChild': 'Found child',
    'form.foundReport': 'Found child report',
    'foundReport.found': 'Where and when the child was found',
    'foundReport.found.date': 'Date found',
    'foundReport.found.place': 'Place found',
    'foundReport.found.policeStation': 'Police station',
    'foundReport.child': 'The child',
    'foundReport.child.name': 'Name (if known)',
    'foundReport.child.sex': 'Sex',
    'foundReport.child.approxAge': 'Approximate age (years)',
    'foundReport.child.description': 'Description (clothes, marks, language spoken)',
    'foundReport.production': 'Production before the CWC',
    'foundReport.production.date': 'Date produced',
    'foundReport.production.cwc': 'Child Welfare Committee',
    'common.sex.male': 'Male',
    'common.sex.female': 'Female',
    'common.sex.transgender': 'Transgender',
    'stage.reported': 'Reported',
    'stage.beforeCwc': 'Before the CWC',
    'stage.closed': 'Closed',
    'event.PRODUCE_BEFORE_CWC': 'Produce before the CWC',
    'event.CLOSE_REPORT': 'Close the report',
    'event.CLOSE_REPORT.confirm': 'Close this report? It cannot be edited afterwards.',
    'deadline.production': 'Produce the child before the CWC within 24 hours',
    'notify.producedBeforeCwc': 'A found child ({case}) was produced before the CWC',
    'role.police': 'Police',
    'role.police.description': 'Reports found children and produces them before the CWC',
    'role.cwcMember': 'CWC member',
    'role.cwcMember.description': 'Member of the district Child Welfare Committee',
    'role.stateAdmin': 'State admin',
    'role.stateAdmin.description': 'Manages the users and the configuration of the state',
  },
  hi: {
    'recordType.foundChild': 'मिला हुआ बच्चा',
    'workflow.foundChild': 'मिला हुआ बच्चा',
    'form.foundReport': 'मिले हुए बच्चे की रिपोर्ट',
    'foundReport.found': 'बच्चा कहाँ और कब मिला',
    'foundReport.found.date': 'मिलने की तारीख',
    'foundReport.found.place': 'मिलने का स्थान',
    'foundReport.found.policeStation': 'पुलिस थाना',
    'foundReport.child': 'बच्चा',
    'foundReport.child.name': 'नाम (यदि ज्ञात हो)',
    'foundReport.child.sex': 'लिंग',
    'foundReport.child.approxAge': 'अनुमानित आयु (वर्ष)',
    'foundReport.child.description': 'विवरण (कपड़े, निशान, बोली जाने वाली भाषा)',
    'foundReport.production': 'बाल कल्याण समिति के समक्ष प्रस्तुति',
    'foundReport.production.date': 'प्रस्तुति की तारीख',
    'foundReport.production.cwc': 'बाल कल्याण समिति',
    'common.sex.male': 'पुरुष',
    'common.sex.female': 'महिला',
    'common.sex.transgender': 'ट्रांसजेंडर',
    'stage.reported': 'सूचित',
    'stage.beforeCwc': 'बाल कल्याण समिति के समक्ष',
    'stage.closed': 'बंद',
    'event.PRODUCE_BEFORE_CWC': 'बाल कल्याण समिति के समक्ष प्रस्तुत करें',
    'event.CLOSE_REPORT': 'रिपोर्ट बंद करें',
    'event.CLOSE_REPORT.confirm': 'यह रिपोर्ट बंद करें? इसके बाद इसे बदला नहीं जा सकेगा।',
    'deadline.production': 'बच्चे को 24 घंटे के भीतर बाल कल्याण समिति के समक्ष प्रस्तुत करें',
    'notify.producedBeforeCwc': 'मिला हुआ बच्चा ({case}) बाल कल्याण समिति के समक्ष प्रस्तुत किया गया',
    'role.police': 'पुलिस',
    'role.police.description': 'मिले हुए बच्चों की सूचना देती है और उन्हें समिति के समक्ष प्रस्तुत करती है',
    'role.cwcMember': 'बाल कल्याण समिति सदस्य',
    'role.cwcMember.description': 'जिला बाल कल्याण समिति के सदस्य',
    'role.stateAdmin': 'राज्य प्रशासक',
    'role.stateAdmin.description': 'राज्य के उपयोगकर्ताओं और विन्यास का प्रबंधन करते हैं',
  },
};

const district = '${user.district}';

/** The blank template's forms, workflow and roles, for state `slug` (state.json and translations are made by the wizard). */
export function blankFiles(slug: string, plugins: readonly string[]): ConfigFiles {
  const numbered = plugins.includes('caseNumbers');
  return {
    [`form-definitions/${slug}/forms/foundReport.json`]: {
      $schema: '../../../engine/schemas/form.schema.json',
      id: 'foundReport',
      version: 1,
      title: 'form.foundReport',
      schema: {
        type: 'object',
        properties: {
          found: {
            type: 'object',
            title: 'foundReport.found',
            properties: {
              date: { type: 'string', format: 'date', title: 'foundReport.found.date', 'x-notInFuture': true },
              place: { type: 'string', title: 'foundReport.found.place', maxLength: 300 },
              policeStation: {
                type: 'string',
                title: 'foundReport.found.policeStation',
                'x-widget': 'office',
                'x-officeTypes': ['police'],
              },
            },
            required: ['date', 'place'],
          },
          child: {
            type: 'object',
            title: 'foundReport.child',
            properties: {
              name: { type: 'string', title: 'foundReport.child.name', maxLength: 100 },
              sex: {
                type: 'string',
                title: 'foundReport.child.sex',
                'x-widget': 'radio',
                oneOf: ['male', 'female', 'transgender'].map((v) => ({ const: v, title: `common.sex.${v}` })),
              },
              approxAge: { type: 'integer', minimum: 0, maximum: 18, title: 'foundReport.child.approxAge' },
              description: {
                type: 'string',
                title: 'foundReport.child.description',
                'x-widget': 'textarea',
                maxLength: 2000,
              },
            },
            required: ['sex'],
          },
          production: {
            type: 'object',
            title: 'foundReport.production',
            properties: {
              date: { type: 'string', format: 'date', title: 'foundReport.production.date', 'x-notInFuture': true },
              cwc: {
                type: 'string',
                title: 'foundReport.production.cwc',
                'x-widget': 'office',
                'x-officeTypes': ['cwc'],
              },
            },
          },
        },
        required: ['found', 'child'],
      },
    },
    [`workflows/${slug}/foundChild.json`]: {
      $schema: '../../engine/schemas/workflow.schema.json',
      id: 'foundChild',
      version: 1,
      label: 'workflow.foundChild',
      events: {
        PRODUCE_BEFORE_CWC: { label: 'event.PRODUCE_BEFORE_CWC' },
        CLOSE_REPORT: { label: 'event.CLOSE_REPORT', confirm: 'event.CLOSE_REPORT.confirm' },
      },
      machine: {
        id: 'foundChild',
        initial: 'reported',
        states: {
          reported: {
            meta: { label: 'stage.reported', editableForms: ['foundReport'] },
            entry: [
              {
                type: 'setDeadline',
                params: {
                  id: 'production',
                  label: 'deadline.production',
                  after: 'PT24H',
                  from: 'now',
                  roles: ['police'],
                },
              },
            ],
            on: {
              PRODUCE_BEFORE_CWC: {
                target: 'beforeCwc',
                guard: { type: 'formComplete', params: { form: 'foundReport' } },
                actions: [
                  { type: 'clearDeadline', params: { id: 'production' } },
                  { type: 'notify', params: { template: 'notify.producedBeforeCwc', roles: ['cwcMember'] } },
                  ...(numbered ? [{ type: 'assignCaseNumber' }] : []),
                ],
              },
            },
          },
          beforeCwc: {
            meta: { label: 'stage.beforeCwc', editableForms: ['foundReport'] },
            on: { CLOSE_REPORT: { target: 'closed' } },
          },
          closed: { type: 'final', meta: { label: 'stage.closed' } },
        },
      },
    },
    [`workflows/${slug}/roles.json`]: {
      $schema: '../../engine/schemas/roles.schema.json',
      roles: {
        police: {
          label: 'role.police',
          description: 'role.police.description',
          officeTypes: ['police'],
          rules: [
            { action: 'create', subject: 'record', conditions: { district, recordType: 'foundChild' } },
            { action: 'read', subject: 'record', conditions: { district } },
            {
              action: 'update',
              subject: 'record',
              fields: ['foundReport.**'],
              conditions: { district, recordType: 'foundChild', stage: 'reported' },
            },
            {
              action: 'fire',
              subject: 'record',
              fields: ['PRODUCE_BEFORE_CWC'],
              conditions: { district, recordType: 'foundChild' },
            },
          ],
        },
        cwcMember: {
          label: 'role.cwcMember',
          description: 'role.cwcMember.description',
          officeTypes: ['cwc'],
          rules: [
            { action: 'create', subject: 'record', conditions: { district, recordType: 'foundChild' } },
            { action: 'read', subject: 'record', conditions: { district } },
            {
              action: 'update',
              subject: 'record',
              fields: ['foundReport.**'],
              conditions: { district, recordType: 'foundChild' },
            },
            {
              action: 'fire',
              subject: 'record',
              fields: ['PRODUCE_BEFORE_CWC', 'CLOSE_REPORT'],
              conditions: { district, recordType: 'foundChild' },
            },
          ],
        },
        stateAdmin: {
          label: 'role.stateAdmin',
          description: 'role.stateAdmin.description',
          officeTypes: ['scps'],
          rules: [
            { action: 'read', subject: 'record' },
            { action: 'manage', subject: ['user', 'configuration'] },
            { action: 'read', subject: ['report', 'audit'] },
          ],
        },
      },
    },
  };
}

/** The record types of the blank template (for state.json). */
export const blankRecordTypes = [
  {
    id: 'foundChild',
    label: 'recordType.foundChild',
    workflow: 'foundChild',
    forms: ['foundReport'],
    createForm: 'foundReport',
    nameField: 'foundReport.child.name',
  },
];
