// The OpenAPI 3.1 document of the API, built from the same request schemas the handlers validate with.
import { schemas } from './routes/recordRoutes';
import { userSchemas } from './routes/userRoutes';
import { reportSchemas } from './routes/reportRoutes'; // reports
import { notificationSchemas } from './routes/notificationRoutes'; // alerts
import { attachmentSchemas } from './routes/attachmentRoutes'; // photos
import { matchSchemas } from './routes/matchRoutes'; // matching
import { adminSchemas } from './routes/adminRoutes'; // configuration admin (src/config)
import { wizardSchema } from '../config/wizard';
import { previewSchemas } from './routes/previewRoutes'; // designer form preview

const problem = { description: 'Problem details', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const body = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const ifMatch = { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The record version you edited (or "version" in the body); 409 if it changed' };

function queryParams(schema: { properties: Record<string, object> }) {
  return Object.entries(schema.properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

/** The OpenAPI document served at /api/openapi.json. */
export function createOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Suraksha API', version: '0.1.0', description: 'Child-protection case management. Errors are application/problem+json with issues at JSON pointers.' },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'suraksha_session' }, csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { pointer: { type: 'string' }, message: { type: 'string' }, key: { type: 'string', description: 'message key a client translates with params; message is the English text' }, params: { type: 'object' } } } } },
        },
      },
    },
    security: [{ session: [], csrf: [] }],
    paths: {
      '/health': { get: { summary: 'Liveness and database reachability', security: [], responses: { 200: ok('Healthy'), 503: ok('Database unreachable') } } },
      '/auth/login': { post: { summary: 'Sign in (sets an httpOnly session cookie; returns the CSRF token)', security: [], requestBody: body({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } }), responses: { 200: ok('Signed in'), 401: problem, 423: problem, 429: problem } } },
      '/auth/logout': { post: { summary: 'Sign out', responses: { 204: { description: 'Signed out' }, 401: problem } } },
      '/me': { get: { summary: 'The signed-in user', responses: { 200: ok('User'), 401: problem } }, patch: { summary: 'Change my language', requestBody: body({ type: 'object', properties: { language: { type: 'string' } } }), responses: { 200: ok('User'), ...errors } } },
      '/client-config': { get: { summary: "The user's state configuration in their language, with packed CASL rules", parameters: [{ name: 'lang', in: 'query', schema: { type: 'string' } }, { name: 'version', in: 'query', schema: { type: 'integer', minimum: 1 }, description: 'An earlier published version of my state (records keep the version they were created under)' }], responses: { 200: ok('Configuration'), 401: problem, 404: problem } } },
      '/records': {
        get: { summary: 'List records the user may read', parameters: queryParams(schemas.list), responses: { 200: ok('Page of records'), ...errors } },
        post: { summary: 'Create a record, optionally with its first form', requestBody: body(schemas.create), responses: { 201: ok('Created'), ...errors } },
      },
      '/records/{id}': { get: { summary: 'A record, projected to the fields the user may read, with the events they may fire', parameters: [idParam], responses: { 200: ok('Record'), ...errors } } },
      '/records/{id}/forms/{form}': {
        put: { summary: 'Save a form (draft or complete)', parameters: [idParam, { name: 'form', in: 'path', required: true, schema: { type: 'string' } }, ifMatch], requestBody: body(schemas.saveForm), responses: { 200: ok('Saved'), 428: problem, ...errors } },
      },
      '/records/{id}/events': { get: { summary: 'Events the user may fire now', parameters: [idParam], responses: { 200: ok('Events'), ...errors } } },
      '/records/{id}/events/{event}': { post: { summary: 'Fire an event (workflow transition)', parameters: [idParam, { name: 'event', in: 'path', required: true, schema: { type: 'string' } }, ifMatch], requestBody: { required: false, content: { 'application/json': { schema: schemas.fire } } }, responses: { 200: ok('New stage'), 428: problem, ...errors } } },
      '/records/{id}/history': { get: { summary: 'History of the record, limited to fields the user may read', parameters: [idParam], responses: { 200: ok('History'), ...errors } } },
      '/deadlines/overdue': { get: { summary: 'Overdue records per district and office', parameters: queryParams(schemas.overdue), responses: { 200: ok('Records'), ...errors } } },
      '/users': {
        get: { summary: 'Users of my state (state admins)', responses: { 200: ok('Users'), ...errors } },
        post: { summary: 'Create a user (state admins)', requestBody: body(userSchemas.create), responses: { 201: ok('Created'), ...errors } },
      },
      // reports (src/reports)
      '/reports': { get: { summary: 'The reports the user may read (needs a `report` rule in roles.json)', parameters: [{ name: 'lang', in: 'query', schema: { type: 'string' } }], responses: { 200: ok('Reports'), ...errors } } },
      '/reports/{report}': {
        get: {
          summary: 'A report over the records the user may read: monthly (created per month), stages (current stage counts), pendency (open CNCP cases by months since first production), outcomes (missing, found, matched, restored per month); format json, csv (UTF-8 with BOM) or xlsx',
          parameters: [
            { name: 'report', in: 'path', required: true, schema: { enum: Object.keys(reportSchemas) } },
            ...[...new Set(Object.values(reportSchemas).flatMap((schema) => Object.keys(schema.properties)))].map((name) => ({
              name,
              in: 'query',
              required: false,
              schema: Object.values(reportSchemas).find((schema) => name in schema.properties)!.properties[name],
              description: `accepted by: ${Object.entries(reportSchemas).filter(([, schema]) => name in schema.properties).map(([id]) => id).join(', ')}`,
            })),
          ],
          responses: { 200: { description: 'The report', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
        },
      },
      // alerts (src/alerts)
      '/notifications': { get: { summary: 'My in-app notifications (deadlines, likely matches, monthly digests), newest first, in my language', parameters: queryParams(notificationSchemas.list), responses: { 200: ok('Page of notifications with the unread count'), ...errors } } },
      '/notifications/{id}/read': { post: { summary: 'Mark one of my notifications read', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('Read'), ...errors } } },
      '/notifications/read': { post: { summary: 'Mark all my notifications read', responses: { 200: ok('Number marked'), ...errors } } },
      // matching (src/matching)
      '/records/{id}/matches': { get: { summary: "Match candidates of a missing or found report the user may read, best first, each explained feature by feature (a candidate another report clearly matches is listed lower, with a claims feature; the best few below the state's minScore are marked weak); of the other report only what the user may read (another district: its district, whom to contact, never the child's data); 403 pluginDisabled when the state has no matching", parameters: [idParam, { name: 'lang', in: 'query', schema: { type: 'string' } }], responses: { 200: ok('side and matches'), ...errors } } },
      '/matches/{id}/confirm': { post: { summary: 'Confirm a suggested match (officers of either report): writes the configured fields and fires the configured event on both reports, closes their other suggestions; audited and in both histories', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{32}$' } }], requestBody: body(matchSchemas.decide), responses: { 200: ok('The match and what happened to each report'), ...errors } } },
      '/matches/{id}/reject': { post: { summary: 'Reject a suggested match with a note (officers of either report); audited and in both histories; the pair is not suggested again', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{32}$' } }], requestBody: body(matchSchemas.decide), responses: { 200: ok('The match'), ...errors } } },
      // photos (src/attachments)
      '/records/{id}/attachments': {
        post: { summary: "Upload the child's photo for an attachment field the user may write now (JPEG, PNG or WebP by their bytes, at most 4 MiB); the form field then stores the returned id", parameters: [idParam, ...queryParams(attachmentSchemas.upload)], requestBody: { required: true, content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } }, 'image/png': { schema: { type: 'string', format: 'binary' } }, 'image/webp': { schema: { type: 'string', format: 'binary' } } } }, responses: { 201: ok('Reference: id, field, type, size, name'), 413: problem, 415: problem, ...errors } },
      },
      '/records/{id}/attachments/{attachmentId}': { get: { summary: 'The file, if the user may read the record and the field it was uploaded for (404 otherwise); audited', parameters: [idParam, { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { 200: { description: 'The image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } }, ...errors } } },
      '/records/{id}/attachments/{attachmentId}/meta': { get: { summary: 'What the file is: id, field, type, size, name', parameters: [idParam, { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }], responses: { 200: ok('Reference'), ...errors } } },
      // configuration admin (src/config, designer/API.md): state admins for their state, national admins for all
      ...adminPaths(),
      '/users/{id}': { patch: { summary: 'Change roles, district, office, or deactivate (state admins)', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], requestBody: body(userSchemas.update), responses: { 200: ok('Updated'), ...errors } } },
    },
  };
}

/** The configuration admin API of designer/API.md. */
function adminPaths(): Record<string, unknown> {
  const code = { name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Z]{2,3}$' } };
  const version = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  return {
    '/admin/states': {
      get: { summary: 'The states I may administer, with their published version and draft', responses: { 200: ok('States'), ...errors } },
      post: { summary: 'Create a state with the wizard (national admins): from the blank template or a served state; published as version 1 and served at once', requestBody: body(wizardSchema), responses: { 201: ok('code, version, districts, offices, needsReview, droppedScenarios'), ...errors } },
    },
    '/admin/catalog': { get: { summary: 'Guards and actions of the state\'s plugins with their parameter schemas, office types, record actions, subjects', parameters: queryParams(adminSchemas.catalog), responses: { 200: ok('Catalog'), ...errors } } },
    '/admin/states/{code}/draft': {
      get: { summary: 'The saved draft, or the published files when there is none', parameters: [code], responses: { 200: ok('Draft with issues'), ...errors } },
      put: { summary: 'Save the draft (saved even when invalid; 409 when revision is not the stored one)', parameters: [code], requestBody: body(adminSchemas.saveDraft), responses: { 200: ok('revision, issues'), ...errors } },
      delete: { summary: 'Discard the draft', parameters: [code], responses: { 204: { description: 'Discarded' }, ...errors } },
    },
    '/admin/states/{code}/draft/diff': { get: { summary: 'The draft against the published version', parameters: [code], responses: { 200: ok('Diff'), ...errors } } },
    '/admin/states/{code}/validate': { post: { summary: 'Validate files without storing them', parameters: [code], requestBody: body(adminSchemas.validate), responses: { 200: ok('issues'), ...errors } } },
    '/admin/states/{code}/preview': { post: { summary: 'One form of the posted (draft) files compiled as client-config serves it, with the paths a role may read and write (422 with the engine issues)', parameters: [code], requestBody: body(previewSchemas.preview), responses: { 200: ok('schema, uischema, messages, readable, writable'), ...errors } } },
    '/admin/states/{code}/publish': { post: { summary: 'Publish the draft as a new version, served at once (422 with the engine issues when invalid)', parameters: [code], requestBody: body(adminSchemas.publish), responses: { 201: ok('version, diff'), ...errors } } },
    '/admin/states/{code}/versions': { get: { summary: 'Published versions, newest first', parameters: [code], responses: { 200: ok('Versions'), ...errors } } },
    '/admin/states/{code}/versions/{version}': { get: { summary: 'One published version with its files', parameters: [code, version], responses: { 200: ok('Version'), ...errors } } },
    '/admin/states/{code}/versions/{version}/diff': { get: { summary: 'A version against another (default: the previous one)', parameters: [code, version, ...queryParams(adminSchemas.versionDiff)], responses: { 200: ok('Diff'), ...errors } } },
    '/admin/states/{code}/rollback': { post: { summary: 'Publish a new version with the files of an earlier one', parameters: [code], requestBody: body(adminSchemas.rollback), responses: { 201: ok('version, diff'), ...errors } } },
    '/admin/states/{code}/export': { get: { summary: 'A version (or the draft) as a bundle, as an attachment', parameters: [code, ...queryParams(adminSchemas.exportQuery)], responses: { 200: ok('Bundle'), ...errors } } },
    '/admin/states/{code}/import': { post: { summary: 'Replace the draft with an exported bundle of this state', parameters: [code], requestBody: body(adminSchemas.bundle), responses: { 200: ok('revision, issues'), ...errors } } },
  };
}
