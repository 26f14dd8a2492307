import type { RunProgress } from '../../evals';

/** Where progress goes: a terminal (redrawn in place) or a log (one line per case). */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): void;
}

/**
 * A progress reporter for `mixpilot eval`: a bar redrawn in place on a terminal, one line per
 * finished case otherwise (CI logs). `end()` finishes the bar's line.
 */
export function createProgress(sink: ProgressSink) {
  let drawn = false;
  return {
    update(p: RunProgress) {
      const mark = p.last.pass ? '✓' : p.last.excluded ? '○' : '✗';
      if (!sink.isTTY) {
        sink.write(`[${p.done}/${p.total}] ${mark} ${p.last.id}\n`);
        return;
      }
      const width = 24;
      const filled = Math.round((p.done / p.total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const line = `${bar} ${p.done}/${p.total} ✓${p.passed} ✗${p.failed} ${p.last.id}`;
      const max = Math.max(20, (sink.columns ?? 80) - 1);
      sink.write(`\r\x1b[2K${line.slice(0, max)}`);
      drawn = true;
    },
    end() {
      if (drawn) sink.write('\n');
    },
  };
}
