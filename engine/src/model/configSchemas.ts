import type { TSchema } from '@sinclair/typebox';
import { FormSchema } from './formSchema';
import { ManifestSchema } from './manifestSchema';
import { RolesSchema } from './rolesSchema';
import { ScenarioSchema } from './scenarioSchema';
import { TranslationsSchema } from './translationsSchema';
import { WorkflowSchema } from './workflowSchema';

/** Every kind of configuration file, with the JSON Schema that defines it. */
export const configSchemas = {
  manifest: ManifestSchema,
  form: FormSchema,
  translations: TranslationsSchema,
  workflow: WorkflowSchema,
  roles: RolesSchema,
  scenario: ScenarioSchema,
} as const satisfies Record<string, TSchema>;

export type ConfigKind = keyof typeof configSchemas;

/** The JSON Schema document of a config kind, as written to engine/schemas/<kind>.schema.json. */
export function createSchemaDocument(kind: ConfigKind): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(configSchemas[kind])) as Record<string, unknown>;
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://suraksha.example/schemas/${kind}.schema.json`, title: `Suraksha ${kind}`, ...body };
}
