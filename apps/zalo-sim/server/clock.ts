/**
 * The simulator's clock: the `now()` option plus an offset the scripting API can move
 * (`POST /_sim/clock`), so token expiry and the 48 h / 7-day windows can be played through.
 */
export class SimClock {
  private offsetMs = 0;

  constructor(private readonly base: () => Date) {}

  readonly now = (): Date => new Date(this.base().getTime() + this.offsetMs);

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  get offset(): number {
    return this.offsetMs;
  }
}
