// What JSON Forms asks of ajv (compile/validate for rule conditions), answered by matchesSchema: no eval, no CSP hole.
import type Ajv from 'ajv';
import { matchesSchema } from './matchesSchema';

/** An object JSON Forms accepts as its `ajv`: it evaluates rule schemas; form validation stays on the server. */
export function createEvalFreeAjv(): Ajv {
  const shim = {
    errors: null as unknown,
    compile(schema: Record<string, unknown>) {
      const validate = (data: unknown) => {
        const ok = matchesSchema(schema, data);
        validate.errors = ok ? null : [{ keyword: 'schema', instancePath: '', schemaPath: '#', params: {}, message: 'does not match' }];
        return ok;
      };
      validate.errors = null as unknown;
      validate.schema = schema;
      return validate;
    },
    validate(schema: Record<string, unknown>, data: unknown) {
      const ok = matchesSchema(schema, data);
      shim.errors = ok ? null : [];
      return ok;
    },
    getSchema: () => undefined,
    addSchema: () => shim,
    addFormat: () => shim,
    addKeyword: () => shim,
  };
  return shim as unknown as Ajv;
}
