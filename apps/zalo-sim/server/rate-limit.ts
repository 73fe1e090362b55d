/**
 * §6: 4,000 OA API requests per minute per app; `X-RateLimit-Limit` and `X-RateLimit-Remain` on
 * every response, `-32` once the minute's budget is spent. A fixed window per clock minute.
 */
export class RateLimiter {
  private window = -1;
  private used = 0;

  constructor(
    private readonly limit: () => number,
    private readonly now: () => Date,
  ) {}

  /** Counts one request: whether it is allowed and what the headers say. */
  take(): { allowed: boolean; limit: number; remain: number } {
    const window = Math.floor(this.now().getTime() / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.used = 0;
    }
    this.used += 1;
    const limit = this.limit();
    return { allowed: this.used <= limit, limit, remain: Math.max(0, limit - this.used) };
  }
}
