import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-types';
import { isJsonType, mediaType, unsupportedMediaType } from '../http/media-type';
import { parseInput, readJson } from '../http/validate';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** One documented response of a route. */
export interface ResponseSpec {
  description: string;
  schema?: Schema;
  /** Default `application/json`. */
  contentType?: string;
  /** Other content types of the same response (e.g. `text/event-stream`). */
  alternatives?: Record<string, Schema>;
}

/**
 * A route described once: the zod schemas here validate the request and generate the OpenAPI
 * document, so the two cannot drift apart.
 */
export interface RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> {
  method: 'get' | 'post' | 'delete';
  /** Hono path, `:id` for parameters. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Default true: needs a workspace API key or JWT (or local mode). */
  auth?: boolean;
  params?: P;
  query?: Q;
  /** JSON body, parsed and validated before the handler runs. */
  body?: B;
  /** Other request content types the handler reads itself (documented only). */
  otherBodies?: Record<string, Schema>;
  responses: Record<number, ResponseSpec>;
  /** Error statuses this route can answer, documented with the error body. */
  errors?: number[];
}

/** The validated inputs handed to a route handler. */
export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

/** Collects route specs as routes are registered; the OpenAPI builder reads it. */
export class RouteRegistry {
  readonly specs: RouteSpec[] = [];

  /**
   * Registers `handler` on `app` for `spec`, validating params, query and JSON body first. A route
   * that reads only JSON answers 415 to a body sent as another media type (none sent is JSON).
   */
  add<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
    app: Hono<AppEnv>,
    spec: RouteSpec<P, Q, B>,
    handler: (c: Context<AppEnv>, input: RouteInput<P, Q, B>) => Response | Promise<Response>,
  ): void {
    this.specs.push(spec as RouteSpec);
    app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const params = (
        spec.params ? parseInput(spec.params, c.req.param(), 'params') : undefined
      ) as Out<P>;
      const query = (
        spec.query ? parseInput(spec.query, c.req.query(), 'query') : undefined
      ) as Out<Q>;
      const type = mediaType(c);
      if (spec.body && !spec.otherBodies && !isJsonType(type))
        throw unsupportedMediaType(type, ['application/json']);
      const jsonBody = spec.body && (!spec.otherBodies || isJsonType(type));
      const body = (
        jsonBody && spec.body ? parseInput(spec.body, await readJson(c.req), 'body') : undefined
      ) as Out<B>;
      return handler(c, { params, query, body });
    });
  }
}
