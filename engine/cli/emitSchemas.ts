// Writes engine/schemas/<kind>.schema.json from the TypeBox definitions (the single source of truth).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchemas, createSchemaDocument, type ConfigKind } from '../src/model/configSchemas';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
for (const kind of Object.keys(configSchemas) as ConfigKind[]) {
  writeFileSync(`${dir}${kind}.schema.json`, JSON.stringify(createSchemaDocument(kind), null, 2) + '\n');
  console.log(`wrote engine/schemas/${kind}.schema.json`);
}
