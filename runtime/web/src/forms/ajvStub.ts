// Stands in for ajv in the browser build: JSON Forms gets createEvalFreeAjv() instead, so this is never constructed.
export default class Ajv {
  constructor() {
    throw new Error('ajv is not bundled: pass the eval-free validator (createEvalFreeAjv) to JsonForms');
  }
}
