import { validate } from '@langchain/langgraph-checkpoint-validation';
import * as vitest from 'vitest';
import { type Database, openDatabase } from '../../store';
import { SqlCheckpointSaver } from './sql-checkpoint-saver';

// The conformance suite is written against Jest-style globals.
Object.assign(globalThis, vitest);

/**
 * One embedded database for the whole suite, emptied for each checkpointer it asks for: opening a
 * fresh in-memory PGlite per checkpointer cost about a second each, 25 times over.
 */
let db: Promise<Database> | undefined;
vitest.afterAll(async () => {
  await (await db)?.close();
});

/** LangGraph's own checkpointer conformance suite, on the embedded database. */
validate<SqlCheckpointSaver>({
  checkpointerName: 'SqlCheckpointSaver (PGlite)',
  beforeAllTimeout: 60_000,
  async createCheckpointer() {
    db ??= openDatabase({ inMemory: true });
    const { sql } = await db;
    const saver = new SqlCheckpointSaver(sql);
    await saver.setup();
    await sql.exec(
      'DELETE FROM agent_checkpoint_writes; DELETE FROM agent_checkpoint_blobs; DELETE FROM agent_checkpoints;',
    );
    return saver;
  },
  async destroyCheckpointer() {},
});
