import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Logger } from '../app-types';

/** Logs one line per request with its id, status, duration and workspace. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      workspace: c.get('workspaceId'),
    };
    if (status >= 500) logger.error('request', fields);
    else if (status >= 400) logger.info('request', fields);
    else logger.debug('request', fields);
  };
}
