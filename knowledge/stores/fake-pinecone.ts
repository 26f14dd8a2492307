import { HttpResponse, http } from 'msw';
import { cosine } from './check-vector';

/** Host the fake control plane reports for every index. */
export const FAKE_PINECONE_HOST = 'mixpilot-knowledge-x1y2z3a.svc.aped-4627-b74a.pinecone.io';

interface StoredVector {
  id: string;
  values: number[];
  metadata?: Record<string, unknown>;
}

/**
 * msw handlers that behave like Pinecone's REST API for one serverless index: control plane
 * `GET /indexes/{name}` on api.pinecone.io, data plane upsert, query, list and delete on the
 * index host, with payloads shaped like the real service's. Requests without an `Api-Key` header
 * get 401. `calls` records method and path for assertions.
 */
export function fakePinecone(options: { indexName: string; dimension: number }) {
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const calls: string[] = [];
  const space = (name: string | undefined) => {
    const key = name ?? '__default__';
    let m = namespaces.get(key);
    if (!m) {
      m = new Map();
      namespaces.set(key, m);
    }
    return m;
  };
  const authorized = (request: Request) => Boolean(request.headers.get('api-key'));
  const unauthorized = () =>
    HttpResponse.json(
      { error: { code: 'UNAUTHENTICATED', message: 'Invalid API Key' }, status: 401 },
      { status: 401 },
    );
  const data = `https://${FAKE_PINECONE_HOST}`;

  const handlers = [
    http.get('https://api.pinecone.io/indexes/:name', ({ request, params }) => {
      calls.push(`GET /indexes/${params.name}`);
      if (!authorized(request)) return unauthorized();
      if (params.name !== options.indexName) {
        return HttpResponse.json(
          {
            error: { code: 'NOT_FOUND', message: `Resource ${params.name} not found` },
            status: 404,
          },
          { status: 404 },
        );
      }
      return HttpResponse.json({
        name: options.indexName,
        vector_type: 'dense',
        metric: 'cosine',
        dimension: options.dimension,
        status: { ready: true, state: 'Ready' },
        host: FAKE_PINECONE_HOST,
        spec: { serverless: { region: 'us-east-1', cloud: 'aws' } },
        deletion_protection: 'disabled',
        tags: null,
      });
    }),
    http.post(`${data}/vectors/upsert`, async ({ request }) => {
      calls.push('POST /vectors/upsert');
      if (!authorized(request)) return unauthorized();
      const body = (await request.json()) as { vectors: StoredVector[]; namespace?: string };
      const m = space(body.namespace);
      for (const v of body.vectors) {
        if (v.values.length !== options.dimension) {
          return HttpResponse.json(
            {
              code: 3,
              message: `Vector dimension ${v.values.length} does not match the dimension of the index ${options.dimension}`,
              details: [],
            },
            { status: 400 },
          );
        }
        m.set(v.id, v);
      }
      return HttpResponse.json({ upsertedCount: body.vectors.length });
    }),
    http.post(`${data}/query`, async ({ request }) => {
      calls.push('POST /query');
      if (!authorized(request)) return unauthorized();
      const body = (await request.json()) as {
        vector: number[];
        topK: number;
        namespace?: string;
        includeMetadata?: boolean;
      };
      const matches = [...space(body.namespace).values()]
        .map((v) => ({
          id: v.id,
          score: cosine(body.vector, v.values),
          values: [],
          ...(body.includeMetadata ? { metadata: v.metadata } : {}),
        }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, body.topK);
      return HttpResponse.json({
        results: [],
        matches,
        namespace: body.namespace ?? '',
        usage: { readUnits: 5 },
      });
    }),
    http.get(`${data}/vectors/list`, ({ request }) => {
      calls.push('GET /vectors/list');
      if (!authorized(request)) return unauthorized();
      const url = new URL(request.url);
      const prefix = url.searchParams.get('prefix') ?? '';
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const start = Number(url.searchParams.get('paginationToken') ?? 0);
      const ids = [...space(url.searchParams.get('namespace') ?? undefined).keys()]
        .filter((id) => id.startsWith(prefix))
        .sort();
      const page = ids.slice(start, start + limit);
      return HttpResponse.json({
        vectors: page.map((id) => ({ id })),
        ...(start + limit < ids.length ? { pagination: { next: String(start + limit) } } : {}),
        namespace: url.searchParams.get('namespace') ?? '',
        usage: { readUnits: 1 },
      });
    }),
    http.post(`${data}/vectors/delete`, async ({ request }) => {
      calls.push('POST /vectors/delete');
      if (!authorized(request)) return unauthorized();
      const body = (await request.json()) as {
        ids?: string[];
        namespace?: string;
        deleteAll?: boolean;
      };
      const m = space(body.namespace);
      if (body.deleteAll) m.clear();
      for (const id of body.ids ?? []) m.delete(id);
      return HttpResponse.json({});
    }),
  ];
  return { handlers, calls, namespaces };
}
