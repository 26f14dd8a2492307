import { validate } from '@langchain/langgraph-checkpoint-validation';
import * as vitest from 'vitest';
import { type Database, openDatabase } from '../../store';
import { SqlCheckpointSaver } from './sql-checkpoint-saver';

// The conformance suite is written against Jest-style globals.
Object.assign(globalThis, vitest);

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let db: Database | undefined;
let schema = '';

/** LangGraph's checkpointer conformance suite on PostgreSQL, one fresh schema per checkpointer. */
validate<SqlCheckpointSaver>({
  checkpointerName: 'SqlCheckpointSaver (PostgreSQL)',
  beforeAllTimeout: 60_000,
  async createCheckpointer() {
    schema = `cp_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    db = await openDatabase({ url, schema, maxConnections: 2 });
    const saver = new SqlCheckpointSaver(db.sql);
    await saver.setup();
    return saver;
  },
  async destroyCheckpointer() {
    await db?.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db?.close();
    db = undefined;
  },
});
