/** The OpenAPI 3.1 document served at /openapi.json. A test checks that it lists exactly the app's routes. */
import { ERROR_CODES } from '../core/errors.js';
import { LOCKSTEP_VERSION } from '../core/version-info.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const errorAnswer = (description: string) => json(ref('Error'), description);

const envQuery = { name: 'env', in: 'query', required: false, schema: { type: 'string' }, description: 'Environment name; may be left out when the server serves one environment.' };

const runAnswers = {
  200: {
    description: 'The run finished (`failed` absent). With `Accept: application/x-ndjson`, a stream: one RunEvent per line, then `{ "type": "result" | "error", "status", … }`; the HTTP status of a stream is always 200.',
    content: { 'application/json': { schema: ref('RunResult') }, 'application/x-ndjson': { schema: { type: 'object' } } },
  },
  400: errorAnswer('Bad body (LOCKSTEP_E_BAD_JSON) or invalid migration files'),
  401: errorAnswer('No or unknown token'),
  403: errorAnswer('Read token, or an environment the token does not list (a protected one must be listed by name)'),
  409: errorAnswer('Another run holds the run lock (LOCKSTEP_E_RUN_LOCK_TIMEOUT, holders in error.details), or history state refuses the run'),
  413: errorAnswer('Body larger than serve.maxBodyBytes'),
  500: json(ref('RunResult'), 'A migration failed: the result with `failed` (status is the error code\'s HTTP status)'),
};

const security = [{ bearer: [] }];

const shadowUrlProperty = { type: 'string', description: 'postgres:// server to rehearse on (a scratch database is created and dropped there); needs an apply token. Default: the config\'s shadowUrl, else embedded PGlite.' };

const rehearsalAnswers = (ok: unknown) => ({
  200: ok,
  400: errorAnswer('Bad body (LOCKSTEP_E_BAD_JSON) or invalid migration files'),
  401: errorAnswer('No or unknown token'),
  403: errorAnswer('An environment the token does not list, or shadowUrl with a read token'),
  404: errorAnswer('Unknown environment (LOCKSTEP_E_UNKNOWN_ENV) or version (LOCKSTEP_E_UNKNOWN_VERSION)'),
  503: errorAnswer('The target or the shadow cannot be reached or created'),
});

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Lockstep', version: LOCKSTEP_VERSION, description: 'Lock-aware PostgreSQL migrations over HTTP. Bodies have the shapes of the CLI\'s --json output.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message', 'hint'], properties: { code: { enum: Object.keys(ERROR_CODES) }, message: { type: 'string' }, hint: { type: 'string' }, location: { type: 'object' }, details: { type: 'object' } } } },
        },
        RunResult: {
          type: 'object', required: ['target', 'dryRun', 'done', 'notAttempted'],
          properties: {
            target: { type: 'string' }, environment: { type: ['string', 'null'] }, dryRun: { type: 'boolean' }, script: { type: 'string' },
            done: { type: 'array', items: { type: 'object', properties: { version: { type: 'string' }, name: { type: 'string' }, durationMs: { type: 'number' }, retries: { type: 'integer' } } } },
            failed: { type: 'object', properties: { version: { type: 'string' }, name: { type: 'string' }, error: { type: 'object' } } },
            notAttempted: { type: 'array', items: { type: 'object', properties: { version: { type: 'string' }, name: { type: 'string' } } } },
            stopsBefore: { type: 'object', description: 'a dry run of up: the pending migration only its own tool can run, where up would stop after the ones before it', properties: { version: { type: 'string' }, name: { type: 'string' }, reason: { type: 'string' } } },
            rolledBackWithBatch: { type: 'array', description: 'with --single-transaction: the migrations before the failed one, which ran and were rolled back with the batch', items: { type: 'object', properties: { version: { type: 'string' }, name: { type: 'string' } } } },
          },
        },
        Status: { type: 'object', description: 'As `lockstep status --json`', properties: { target: { type: 'string' }, environment: { type: ['string', 'null'] }, migrations: { type: 'array', items: { type: 'object' } }, summary: { type: 'object' } } },
        History: { type: 'object', description: 'As `lockstep history --json`', properties: { migrations: { type: 'array', items: { type: 'object' } }, events: { type: 'array', items: { type: 'object' } } } },
        Matrix: { type: 'object', description: 'As `lockstep status --all-envs --json`, plus `lint`: findings of pending migrations by version', properties: { environments: { type: 'array', items: { type: 'object' } }, migrations: { type: 'array', items: { type: 'object' } }, events: { type: 'array', items: { type: 'object' } }, lint: { type: 'object' } } },
        Plan: {
          type: 'object', description: 'As `lockstep plan --json`: a verdict (safe, attention, blocked) with its reasons for each pending migration',
          required: ['target', 'mode', 'refusals', 'migrations', 'summary'],
          properties: {
            target: { type: 'string' }, environment: { type: ['string', 'null'] }, mode: { const: 'shadow' }, shadow: { type: ['object', 'null'] },
            refusals: { type: 'array', items: { type: 'string' } }, notes: { type: 'array', items: { type: 'string' } },
            migrations: { type: 'array', items: { type: 'object', properties: { version: { type: 'string' }, name: { type: 'string' }, verdict: { enum: ['safe', 'attention', 'blocked'] }, reasons: { type: 'array', items: { type: 'object' } }, findings: { type: 'array', items: { type: 'object' } } } } },
            summary: { type: 'object', properties: { safe: { type: 'integer' }, attention: { type: 'integer' }, blocked: { type: 'integer' } } },
          },
        },
        RoundTrip: {
          type: 'object', description: 'As `lockstep test --json`: up, down, up again per migration, schema compared after each step; `ok` false when one failed',
          required: ['steps', 'summary', 'ok'],
          properties: {
            shadow: { type: 'object' }, setup: { type: 'array', items: { type: 'string' } }, ok: { type: 'boolean' },
            steps: { type: 'array', items: { type: 'object', properties: { version: { type: 'string' }, status: { enum: ['passed', 'failed', 'column-order', 'skipped', 'not-run'] }, error: { type: ['object', 'null'] }, downDifferences: { type: 'array', items: { type: 'object' } }, reUpDifferences: { type: 'array', items: { type: 'object' } } } } },
            summary: { type: 'object' }, timings: { type: 'object' },
          },
        },
        Lint: { type: 'object', properties: { files: { type: 'array', items: { type: 'string' } }, findings: { type: 'array', items: { type: 'object' } }, unusedIgnores: { type: 'array', items: { type: 'object' } } } },
      },
    },
    paths: {
      '/health': { get: { summary: 'Liveness (no token needed)', responses: { 200: json({ type: 'object' }, 'ok') } } },
      '/openapi.json': { get: { summary: 'This document (no token needed)', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
      '/': { get: { summary: 'The dashboard page (no token needed; its data comes from /v1/matrix)', responses: { 200: { description: 'HTML' } } } },
      '/assets/{file}': { get: { summary: 'Dashboard script and stylesheet', parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'file' }, 404: errorAnswer('unknown file') } } },
      '/metrics': { get: { summary: 'Prometheus metrics (any valid token)', security, responses: { 200: { description: 'text/plain; version=0.0.4' }, 401: errorAnswer('no token') } } },
      '/v1/environments': { get: { summary: 'Environments this token may read', security, responses: { 200: json({ type: 'object' }, '`{ environments: [{ name, protected, canApply }] }`'), 401: errorAnswer('no token') } } },
      '/v1/status': { get: { summary: 'Status of one environment (also raises the drift alert)', security, parameters: [envQuery], responses: { 200: json(ref('Status'), 'status'), 401: errorAnswer('no token'), 403: errorAnswer('environment not allowed'), 404: errorAnswer('unknown environment') } } },
      '/v1/history': {
        get: {
          summary: 'History and events of one environment', security,
          parameters: [envQuery, { name: 'version', in: 'query', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000 } }],
          responses: { 200: json(ref('History'), 'history'), 401: errorAnswer('no token'), 403: errorAnswer('environment not allowed') },
        },
      },
      '/v1/matrix': { get: { summary: 'Every readable environment × every migration, the timeline and lint findings of pending migrations', security, responses: { 200: json(ref('Matrix'), 'matrix'), 401: errorAnswer('no token') } } },
      '/v1/fleets': { get: { summary: 'The configured fleets this token may read (environments "*" or "fleet:<name>"), each with its last rollout', security, responses: { 200: json({ type: 'object' }, 'fleets'), 401: errorAnswer('no token') } } },
      '/v1/fleets/{name}': {
        get: {
          summary: 'One fleet: every target\'s version and migrations (targets × migrations, counts by state per migration), the skew, the last rollout (as `lockstep fleet status --json`)', security,
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json({ type: 'object' }, 'fleet status'), 401: errorAnswer('no token'), 403: errorAnswer('fleet not allowed'), 404: errorAnswer('unknown fleet (LOCKSTEP_E_FLEET_UNKNOWN)') },
        },
      },
      '/v1/lint': {
        post: {
          summary: 'Lint posted SQL (`sql`, `path`) as `lockstep lint --env <env>` would (that environment\'s settings, server version, table sizes and column types; statically when several environments are served and none is named), or the pending migrations of `env` as `up` would lint them', security,
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { sql: { type: 'string' }, path: { type: 'string' }, env: { type: 'string' } } } } } },
          responses: { 200: json(ref('Lint'), 'findings'), 400: errorAnswer('bad body or SQL syntax error'), 401: errorAnswer('no token'), 403: errorAnswer('the token may not read env'), 404: errorAnswer('unknown env') },
        },
      },
      '/v1/plan': {
        post: {
          summary: 'Rehearse the pending migrations of `env` in a shadow and give each a verdict (read scope; no lock is taken on the target)', security,
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { env: { type: 'string' }, to: { type: 'string' }, shadowUrl: shadowUrlProperty } } } } },
          responses: rehearsalAnswers(json(ref('Plan'), 'the plan, whatever the verdicts')),
        },
      },
      '/v1/test': {
        post: {
          summary: 'Round-trip the migrations (up, down, up) in a shadow, comparing the schema after each step (read scope; the target is not touched)', security,
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { env: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, shadowUrl: shadowUrlProperty } } } } },
          responses: rehearsalAnswers({
            description: 'The report, also when a round trip failed (read `ok`). With `Accept: application/x-ndjson`, a stream: one `{ "type": "round-trip-step", … }` per migration, then `{ "type": "result" | "error", "status", … }`.',
            content: { 'application/json': { schema: ref('RoundTrip') }, 'application/x-ndjson': { schema: { type: 'object' } } },
          }),
        },
      },
      '/v1/up': {
        post: {
          summary: 'Apply pending migrations (apply scope; dryRun needs read)', security,
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { env: { type: 'string' }, to: { type: 'string' }, step: { type: 'integer', minimum: 1 }, dryRun: { type: 'boolean' }, allowOutOfOrder: { type: 'boolean' }, singleTransaction: { type: 'boolean' } } } } } },
          responses: runAnswers,
        },
      },
      '/v1/down': {
        post: {
          summary: 'Roll back (`step` or `to`; default the newest one)', security,
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { env: { type: 'string' }, step: { type: 'integer', minimum: 1 }, to: { type: 'string' }, dryRun: { type: 'boolean' } } } } } },
          responses: runAnswers,
        },
      },
    },
  };
}
