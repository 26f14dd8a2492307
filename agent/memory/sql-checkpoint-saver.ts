import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  compareWritesSortKeys,
  copyCheckpoint,
  getCheckpointId,
  maxChannelVersion,
  type PendingWrite,
  type SerializerProtocol,
  TASKS,
  WRITES_IDX_MAP,
  writesSortKey,
} from '@langchain/langgraph-checkpoint';
import type { SqlHandle } from '../../store';
import {
  bytes,
  CHECKPOINT_DDL,
  type CheckpointRow,
  placeholders,
  type WriteRow,
} from './checkpoint-tables';

/**
 * LangGraph checkpointer on MixPilot's own database (embedded PGlite or PostgreSQL), so
 * conversation memory lives beside the data and survives restarts. Passes LangGraph's
 * checkpointer conformance suite (@langchain/langgraph-checkpoint-validation).
 */
export class SqlCheckpointSaver extends BaseCheckpointSaver {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly sql: SqlHandle,
    serde?: SerializerProtocol,
  ) {
    super(serde);
  }

  /** Creates the tables once (idempotent). */
  setup(): Promise<void> {
    this.ready ??= this.sql.exec(CHECKPOINT_DDL);
    return this.ready;
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    await this.setup();
    const threadId = config.configurable?.thread_id as string | undefined;
    if (threadId === undefined) return undefined;
    const ns = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const id = getCheckpointId(config);
    const { rows } = id
      ? await this.sql.query<CheckpointRow>(
          'SELECT * FROM agent_checkpoints WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3',
          [threadId, ns, id],
        )
      : await this.sql.query<CheckpointRow>(
          'SELECT * FROM agent_checkpoints WHERE thread_id = $1 AND checkpoint_ns = $2 ORDER BY checkpoint_id DESC LIMIT 1',
          [threadId, ns],
        );
    const row = rows[0];
    return row ? this.toTuple(row) : undefined;
  }

  async *list(
    config: RunnableConfig,
    options?: CheckpointListOptions,
  ): AsyncGenerator<CheckpointTuple> {
    await this.setup();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    const c = config.configurable ?? {};
    if (c.thread_id !== undefined) add('thread_id = ?', c.thread_id);
    if (c.checkpoint_ns !== undefined) add('checkpoint_ns = ?', c.checkpoint_ns);
    if (c.checkpoint_id) add('checkpoint_id = ?', c.checkpoint_id);
    const before = options?.before?.configurable?.checkpoint_id as string | undefined;
    if (before) add('checkpoint_id < ?', before);
    const text = `SELECT * FROM agent_checkpoints${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY thread_id, checkpoint_ns, checkpoint_id DESC`;
    const { rows } = await this.sql.query<CheckpointRow>(text, params);
    let remaining = options?.limit;
    for (const row of rows) {
      if (remaining !== undefined && remaining <= 0) return;
      const tuple = await this.toTuple(row);
      const filter = options?.filter;
      const metadata = (tuple.metadata ?? {}) as Record<string, unknown>;
      if (filter && !Object.entries(filter).every(([k, v]) => metadata[k] === v)) continue;
      if (remaining !== undefined) remaining -= 1;
      yield tuple;
    }
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    await this.setup();
    const threadId = config.configurable?.thread_id as string | undefined;
    if (threadId === undefined)
      throw new Error('Failed to put checkpoint: the config has no "thread_id" in "configurable".');
    const ns = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const stored = copyCheckpoint(checkpoint);
    const values = stored.channel_values ?? {};
    stored.channel_values = {};
    const blobs: unknown[][] = [];
    for (const [channel, version] of Object.entries(newVersions)) {
      const [type, serialized] = Object.hasOwn(values, channel)
        ? await this.serde.dumpsTyped(values[channel])
        : ['empty', null];
      blobs.push([
        threadId,
        ns,
        channel,
        String(version),
        type,
        serialized === null ? null : bytes(serialized),
      ]);
    }
    if (blobs.length > 0) {
      await this.sql.query(
        `INSERT INTO agent_checkpoint_blobs (thread_id, checkpoint_ns, channel, version, value_type, value)
         VALUES ${placeholders(blobs.length, 6)} ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING`,
        blobs.flat(),
      );
    }
    const [[cType, cBytes], [mType, mBytes]] = await Promise.all([
      this.serde.dumpsTyped(stored),
      this.serde.dumpsTyped(metadata),
    ]);
    await this.sql.query(
      `INSERT INTO agent_checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint_type, checkpoint, metadata_type, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET checkpoint_type = EXCLUDED.checkpoint_type, checkpoint = EXCLUDED.checkpoint, metadata_type = EXCLUDED.metadata_type, metadata = EXCLUDED.metadata`,
      [
        threadId,
        ns,
        checkpoint.id,
        (config.configurable?.checkpoint_id as string | undefined) ?? null,
        cType,
        bytes(cBytes),
        mType,
        bytes(mBytes),
      ],
    );
    return {
      configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: checkpoint.id },
    };
  }

  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath?: string,
  ): Promise<void> {
    await this.setup();
    const threadId = config.configurable?.thread_id as string | undefined;
    const ns = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const checkpointId = config.configurable?.checkpoint_id as string | undefined;
    if (threadId === undefined)
      throw new Error('Failed to put writes: the config has no "thread_id" in "configurable".');
    if (checkpointId === undefined)
      throw new Error('Failed to put writes: the config has no "checkpoint_id" in "configurable".');
    const rows = await Promise.all(
      writes.map(async ([channel, value], i) => {
        const [type, serialized] = await this.serde.dumpsTyped(value);
        return [
          threadId,
          ns,
          checkpointId,
          taskId,
          WRITES_IDX_MAP[channel] ?? i,
          channel,
          type,
          bytes(serialized),
          taskPath ?? '',
        ];
      }),
    );
    // Regular writes keep the first value (a retried task must not change history); special ones (negative idx) are replaced.
    for (const special of [false, true]) {
      const group = rows.filter((r) => (r[4] as number) < 0 === special);
      if (group.length === 0) continue;
      const conflict = special
        ? 'DO UPDATE SET channel = EXCLUDED.channel, value_type = EXCLUDED.value_type, value = EXCLUDED.value, task_path = EXCLUDED.task_path'
        : 'DO NOTHING';
      await this.sql.query(
        `INSERT INTO agent_checkpoint_writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, value_type, value, task_path)
         VALUES ${placeholders(group.length, 9)}
         ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, task_id, idx) ${conflict}`,
        group.flat(),
      );
    }
  }

  async deleteThread(threadId: string): Promise<void> {
    await this.setup();
    await this.sql.query('DELETE FROM agent_checkpoint_writes WHERE thread_id = $1', [threadId]);
    await this.sql.query('DELETE FROM agent_checkpoint_blobs WHERE thread_id = $1', [threadId]);
    await this.sql.query('DELETE FROM agent_checkpoints WHERE thread_id = $1', [threadId]);
  }

  private async toTuple(row: CheckpointRow): Promise<CheckpointTuple> {
    const { rows: writes } = await this.sql.query<WriteRow>(
      'SELECT task_id, idx, channel, value_type, value, task_path FROM agent_checkpoint_writes WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3',
      [row.thread_id, row.checkpoint_ns, row.checkpoint_id],
    );
    writes.sort((a, b) =>
      compareWritesSortKeys(
        writesSortKey(a.task_path, a.task_id, a.idx),
        writesSortKey(b.task_path, b.task_id, b.idx),
      ),
    );
    const pendingWrites = await Promise.all(
      writes.map(
        async (w) =>
          [
            w.task_id,
            w.channel,
            await this.serde.loadsTyped(w.value_type, new Uint8Array(w.value)),
          ] as [string, string, unknown],
      ),
    );
    const checkpoint = (await this.serde.loadsTyped(
      row.checkpoint_type,
      new Uint8Array(row.checkpoint),
    )) as Checkpoint;
    checkpoint.channel_values = await this.loadValues(row, checkpoint.channel_versions ?? {});
    if (checkpoint.v < 4 && row.parent_checkpoint_id)
      await this.migratePendingSends(checkpoint, row);
    const tuple: CheckpointTuple = {
      config: {
        configurable: {
          thread_id: row.thread_id,
          checkpoint_ns: row.checkpoint_ns,
          checkpoint_id: row.checkpoint_id,
        },
      },
      checkpoint,
      metadata: await this.serde.loadsTyped(row.metadata_type, new Uint8Array(row.metadata)),
      pendingWrites,
    };
    if (row.parent_checkpoint_id) {
      tuple.parentConfig = {
        configurable: {
          thread_id: row.thread_id,
          checkpoint_ns: row.checkpoint_ns,
          checkpoint_id: row.parent_checkpoint_id,
        },
      };
    }
    return tuple;
  }

  /** Channel values of a checkpoint, from the blob stored for each channel's version. */
  private async loadValues(
    row: CheckpointRow,
    versions: ChannelVersions,
  ): Promise<Record<string, unknown>> {
    const entries = Object.entries(versions);
    if (entries.length === 0) return {};
    const { rows } = await this.sql.query<{
      channel: string;
      version: string;
      value_type: string;
      value: Uint8Array | null;
    }>(
      'SELECT channel, version, value_type, value FROM agent_checkpoint_blobs WHERE thread_id = $1 AND checkpoint_ns = $2 AND channel = ANY($3::text[])',
      [row.thread_id, row.checkpoint_ns, entries.map(([c]) => c)],
    );
    const values: Record<string, unknown> = {};
    for (const [channel, version] of entries) {
      const blob = rows.find((r) => r.channel === channel && r.version === String(version));
      if (blob && blob.value_type !== 'empty' && blob.value)
        values[channel] = await this.serde.loadsTyped(blob.value_type, new Uint8Array(blob.value));
    }
    return values;
  }

  /** Checkpoints before format v4 kept pending sends as writes on the parent; move them into TASKS. */
  private async migratePendingSends(checkpoint: Checkpoint, row: CheckpointRow): Promise<void> {
    const { rows } = await this.sql.query<WriteRow>(
      'SELECT task_id, idx, channel, value_type, value, task_path FROM agent_checkpoint_writes WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3 AND channel = $4',
      [row.thread_id, row.checkpoint_ns, row.parent_checkpoint_id, TASKS],
    );
    rows.sort((a, b) =>
      compareWritesSortKeys(
        writesSortKey(a.task_path, a.task_id, a.idx),
        writesSortKey(b.task_path, b.task_id, b.idx),
      ),
    );
    const sends = await Promise.all(
      rows.map((w) => this.serde.loadsTyped(w.value_type, new Uint8Array(w.value))),
    );
    checkpoint.channel_values ??= {};
    checkpoint.channel_values[TASKS] = sends;
    checkpoint.channel_versions ??= {};
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
  }
}
