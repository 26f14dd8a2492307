import { invalid } from '../tools';

/** Quotes a PostgreSQL schema name after checking it is a plain identifier. */
export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw invalid('schema', 'use letters, digits and underscores only', 'invalid_input');
  }
  return `"${name}"`;
}
