// The public API of @suraksha/engine. Everything here is pure: data in, data out.
export { configSchemas, createSchemaDocument, type ConfigKind } from './model/configSchemas';
export type { Manifest, District, Office, RecordTypeConfig, RecordTypeMatching, MatchingSettings } from './model/manifestSchema';
export { MatchProfileFields, MatchConfirmValues } from './model/manifestSchema';
export type { FormConfig, Field, FieldCondition } from './model/formSchema';
export type { Translations } from './model/translationsSchema';
export type { WorkflowConfig, StageConfig, TransitionConfig } from './model/workflowSchema';
export type { RolesConfig, RoleConfig, RuleConfig } from './model/rolesSchema';
export type { Scenario, ScenarioStep } from './model/scenarioSchema';
export { Actions, Subjects, RecordConditionFields } from './model/rolesSchema';

export { type Issue, type IssueCode, IssueCodes, formatIssue, makeIssue, toPointer } from './config/Issue';
export { issueMessages, englishMessage, type IssueKey, type IssueParams } from './config/issueMessages';
export { parseJsonText } from './config/parseJsonText';
export { validateStructure } from './config/validateStructure';
export { loadDeployment, type StateSource, type LoadResult } from './config/loadDeployment';
export type { Deployment } from './config/compileDeployment';
export { engineMessageKeys } from './config/checks/checkTranslations';

export { compileForm, type CompiledForm, type FormValidation, type ValidateOptions } from './forms/compileForm';
export type { FormIssue } from './forms/toFormIssues';
export { listFields, resolveField, readPath, type FieldEntry } from './forms/fieldPaths';
export { conditionToSchema } from './forms/conditionToSchema';
export { createFormAjv, calendarDay } from './forms/formAjv';
export { ageInYears } from './forms/applyComputed';

export { compileWorkflow, type CompiledWorkflow } from './workflows/compileWorkflow';
export { addDuration, isDuration } from './workflows/duration';
export type { EnginePlugin, GuardDefinition, ActionDefinition, GuardContext } from './plugin/EnginePlugin';

export { createAbility, type UserContext, type AppAbility } from './permissions/createAbility';
export { permittedFields, projectFormData, changedPaths, mergeHiddenFields, unwritableFields, recordSubject, formFieldPaths } from './permissions/fieldAccess';

export { createTranslator, reportCompleteness, type Translator, type MessageBundles, type LanguageCompleteness } from './i18n/createTranslator';

export type { CaseRecord, RecordForm, Deadline } from './records/CaseRecord';
export { createRecord, type Actor } from './records/createRecord';
export { saveForm } from './records/saveForm';
export { fireEvent, checkEvent, mayFire, type FireOptions } from './records/fireEvent';
export { availableEvents, type AvailableEvent } from './records/availableEvents';
export { projectRecord, readableFieldPaths } from './records/projectRecord';
export { applyEffects, overdueDeadlines, type Effect } from './records/Effect';
export type { Refusal, RefusalCode } from './records/Refusal';

export { runScenario, type ScenarioResult, type StepResult } from './scenarios/runScenario';
