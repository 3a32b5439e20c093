/**
 * A token bucket per SP-API operation, as Amazon meters them: `rate` requests per second
 * refill a bucket of `burst`. Each request reserves a token and is told how long to wait first
 * (reservations may run the bucket negative, so concurrent callers queue in order). The rate
 * follows the x-amzn-RateLimit-Limit header of each response; a 429 empties the bucket.
 */
export class RateLimiter {
  private tokens: number
  private at: number

  constructor(
    public rate: number,
    public readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst
    this.at = now()
  }

  private refill() {
    const t = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.at) / 1000) * this.rate)
    this.at = t
  }

  /** Takes a token; the milliseconds to wait before using it (0 when one was there). */
  reserve(): number {
    this.refill()
    this.tokens -= 1
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.rate) * 1000)
  }

  /** The header's requests per second, when it is a positive number. */
  setRate(header: string | null | undefined) {
    const rate = Number(header)
    if (header && Number.isFinite(rate) && rate > 0) {
      this.refill()
      this.rate = rate
    }
  }

  /** Amazon throttled us: whatever we thought was left is not. */
  drain() {
    this.refill()
    this.tokens = Math.min(this.tokens, 0)
  }

  /** One request's share of a second at the current rate, in ms. */
  get intervalMs() {
    return Math.ceil(1000 / this.rate)
  }
}
