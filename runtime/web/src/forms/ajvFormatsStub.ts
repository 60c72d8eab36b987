// Stands in for ajv-formats in the browser build (see ajvStub.ts).
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
