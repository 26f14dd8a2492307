import type { Hono } from 'hono';
import type { AgentService, WorkspaceService } from '../agent';
import type { KnowledgeBase } from '../knowledge';
import type { Store } from '../store';

/** Structured logger: one JSON line per call in production, captured in tests. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * How callers prove who they are. In `local` mode a request without credentials acts on
 * `localWorkspace` (the server must then listen on loopback only); credentials, when sent, are
 * still checked. In `required` mode every `/api/*` request needs a workspace API key or a JWT.
 */
export interface AuthConfig {
  mode: 'local' | 'required';
  /** Workspace of credential-less requests in local mode; default `demo`. */
  localWorkspace?: string;
  /** HS256 shared secret for JWT bearer tokens. */
  jwtSecret?: string;
  /** JWKS URL for asymmetric JWT bearer tokens (RS256, ES256, EdDSA …). */
  jwksUrl?: string;
  /** How long a verified API key is trusted without asking the store again; default 60 s. */
  keyCacheMs?: number;
}

/** Token-bucket rate limit per API key, token or client address. */
export interface RateLimitConfig {
  /** Sustained requests per minute; 0 turns limiting off. */
  perMinute: number;
  /** Requests allowed in a burst; default a tenth of `perMinute`, at least 10. */
  burst?: number;
}

/** An eval run as the API shows it. */
export interface EvalRunView {
  id: string;
  status: string;
  [key: string]: unknown;
}

/** What the eval routes need; the composition root adapts the evals service to it. */
export interface EvalService {
  /** Parses the suite (YAML or JSON text), queues a run and returns at once. */
  start(workspaceId: string, suiteText: string): Promise<{ id: string; status: string }>;
  /** The run with its status, and results once finished; not_found for another workspace's run. */
  get(workspaceId: string, id: string): Promise<EvalRunView>;
  /** The HTML report once the run is done, else undefined. */
  report?(workspaceId: string, id: string): Promise<string | undefined>;
}

/** A workspace's own documents in the knowledge base (the document routes' port). */
export type WorkspaceDocuments = Pick<
  KnowledgeBase,
  'addWorkspaceDoc' | 'removeWorkspaceDoc' | 'listWorkspaceDocs'
>;

/** Readiness of the service's dependencies: every check must be true for `/ready` to be 200. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/** Everything `createApp` needs; collaborators are injected so tests pass fakes. */
export interface AppDeps {
  store: Store;
  agent: AgentService;
  workspaces: WorkspaceService;
  logger: Logger;
  auth: AuthConfig;
  rateLimit?: RateLimitConfig;
  /** Allowed CORS origins (`*` for any); none means same-origin only. */
  corsOrigins?: string[];
  /** Take the client address from `X-Forwarded-For` (behind a trusted proxy). */
  trustProxy?: boolean;
  /** The eval service; the eval routes answer 501 without it. */
  evals?: EvalService;
  /** Workspace documents; the document routes answer 501 without them. */
  documents?: WorkspaceDocuments;
  /** Defaults to: the database answers. Checks dependencies only, never a workspace's data. */
  ready?: ReadinessCheck;
  /** Extra routes mounted before the 404 handler (e.g. Slack). */
  mounts?: ((app: Hono<AppEnv>) => void)[];
  /** Folder of the web widget; default the shipped `web/`. */
  webRoot?: string;
  /** Body limits in bytes. */
  limits?: { json?: number; upload?: number };
  /** Agent turns run at once; the others wait in arrival order. Default 4. */
  maxConcurrentTurns?: number;
  /** Keep-alive comment interval on SSE streams; default 15 s. */
  sseKeepAliveMs?: number;
  /** Shown in the OpenAPI document. */
  version?: string;
}

/** Who is calling, as established by the auth middleware. */
export interface Principal {
  kind: 'local' | 'key' | 'jwt';
  /** Key id, token subject, or `local`. */
  id: string;
  workspaceId: string;
}

/** Hono environment of the app: per-request variables set by the middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    principal: Principal;
    workspaceId: string;
  };
}
