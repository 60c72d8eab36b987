import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchemas, createSchemaDocument, type ConfigKind } from './configSchemas';

describe('engine/schemas/*.schema.json', () => {
  it.each(Object.keys(configSchemas) as ConfigKind[])('%s is generated from the TypeBox source (run npm run schemas)', (kind) => {
    const file = new URL(`../../schemas/${kind}.schema.json`, import.meta.url);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(createSchemaDocument(kind));
  });
});
