/**
 * A first-in, first-out semaphore for agent turns. CPU-bound turns (the offline planner, fits on
 * first use) interleaved 50 at a time all finish late; served a few at a time in arrival order,
 * each waits its turn and the latency tail stays short.
 */
export class TurnLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves with a release function once a slot is free. */
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  /** Turns waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }
}
