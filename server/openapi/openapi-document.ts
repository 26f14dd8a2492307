import { z } from 'zod';
import { errorBodySchema } from '../schemas/common';
import type { RouteSpec } from './route-spec';

type Json = Record<string, unknown>;

const REASONS: Record<number, string> = {
  400: 'Malformed request: the issues name each bad field',
  401: 'Missing, unknown or expired credentials',
  403: 'The credentials are valid but give no access to a workspace',
  404: 'Not found in the caller’s workspace',
  405: 'The path exists but not for this method; see Allow',
  409: 'Conflicts with the current state (name taken, nothing pending)',
  413: 'Body too large',
  415: 'The body is in a media type the endpoint does not read',
  422: 'Well-formed but unusable input (bad data rows, unknown channel, infeasible constraints)',
  429: 'Rate limit exceeded; see Retry-After',
  501: 'Not available on this server',
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a request or response schema. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as Json;
  return rest;
}

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]+)/g, '{$1}');
}

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema) as {
      properties?: Record<string, Json>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...rest } = property;
      out.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function operation(spec: RouteSpec): Json {
  const responses: Json = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    const content: Json = {};
    if (r.schema)
      content[r.contentType ?? 'application/json'] = { schema: jsonSchema(r.schema, 'output') };
    for (const [type, schema] of Object.entries(r.alternatives ?? {}))
      content[type] = { schema: jsonSchema(schema, 'output') };
    responses[status] = {
      description: r.description,
      ...(Object.keys(content).length > 0 ? { content } : {}),
    };
  }
  const errors = new Set([
    ...(spec.errors ?? []),
    ...(spec.auth === false ? [] : [401, 429]),
    ...(spec.body || spec.otherBodies ? [415] : []),
  ]);
  for (const status of [...errors].sort()) {
    responses[String(status)] = {
      description: REASONS[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const content: Json = {};
  if (spec.body) content['application/json'] = { schema: jsonSchema(spec.body) };
  for (const [type, schema] of Object.entries(spec.otherBodies ?? {}))
    content[type] = { schema: jsonSchema(schema) };
  const params = parameters(spec);
  return {
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    operationId: `${spec.method}${openApiPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(Object.keys(content).length > 0
      ? { requestBody: { required: spec.method === 'post' && !spec.query, content } }
      : {}),
    responses,
    ...(spec.auth === false ? { security: [] } : {}),
  };
}

/** The OpenAPI 3.1 document of every registered route, built from their zod schemas. */
export function buildOpenApi(specs: RouteSpec[], info: { version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const spec of specs) {
    const path = openApiPath(spec.path);
    paths[path] = { ...(paths[path] ?? {}), [spec.method]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'MixPilot API',
      version: info.version,
      description:
        'Conversational marketing-mix modeling: upload data, fit a model, ask questions, run what-if scenarios and budget optimizations. Every query is scoped to the workspace of the caller’s API key or token.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A workspace API key (`mp_…`) or a JWT whose `workspace` (or `ws`) claim names the workspace.',
        },
      },
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
    },
    paths,
  };
}
