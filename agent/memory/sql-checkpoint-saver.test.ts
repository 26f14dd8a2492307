import { validate } from '@langchain/langgraph-checkpoint-validation';
import * as vitest from 'vitest';
import { type Database, openDatabase } from '../../store';
import { SqlCheckpointSaver } from './sql-checkpoint-saver';

// The conformance suite is written against Jest-style globals.
Object.assign(globalThis, vitest);

let db: Database | undefined;

/** LangGraph's own checkpointer conformance suite, on the embedded database. */
validate<SqlCheckpointSaver>({
  checkpointerName: 'SqlCheckpointSaver (PGlite)',
  beforeAllTimeout: 60_000,
  async createCheckpointer() {
    db = await openDatabase({ inMemory: true });
    const saver = new SqlCheckpointSaver(db.sql);
    await saver.setup();
    return saver;
  },
  async destroyCheckpointer() {
    await db?.close();
    db = undefined;
  },
});
