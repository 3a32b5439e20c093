import Redis from "ioredis"

/** A positive number from the environment, else the fallback. */
export const envNumber = (name: string, fallback: number) => {
  const n = Number(process.env[name])
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** Atomic counters with a window: Redis when configured (all server processes count together), else this process. */
type Counters = {
  hit(key: string, windowSeconds: number): Promise<{ n: number; retryAfter: number }>
  /** The count so far and the seconds left in its window, without counting. */
  peek(key: string): Promise<{ n: number; retryAfter: number }>
  undo(key: string): Promise<void>
  clear(key: string): Promise<void>
}

function memoryCounters(): Counters {
  const counts = new Map<string, { n: number; until: number }>()
  return {
    async hit(key, windowSeconds) {
      const now = Date.now()
      let c = counts.get(key)
      if (!c || c.until <= now) {
        c = { n: 0, until: now + windowSeconds * 1000 }
        counts.set(key, c)
      }
      c.n += 1
      if (counts.size > 100_000) for (const [k, v] of counts) if (v.until <= now) counts.delete(k)
      return { n: c.n, retryAfter: Math.ceil((c.until - now) / 1000) }
    },
    async peek(key) {
      const now = Date.now()
      const c = counts.get(key)
      return c && c.until > now ? { n: c.n, retryAfter: Math.ceil((c.until - now) / 1000) } : { n: 0, retryAfter: 0 }
    },
    async undo(key) {
      const c = counts.get(key)
      if (c && c.n > 0) c.n -= 1
    },
    async clear(key) {
      counts.delete(key)
    },
  }
}

function redisCounters(url: string): Counters {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false })
  return {
    async hit(key, windowSeconds) {
      const [[, n], [, ttl]] = (await redis.multi().incr(key).ttl(key).exec()) as [unknown, number][]
      if (ttl < 0) await redis.expire(key, windowSeconds)
      return { n: Number(n), retryAfter: ttl > 0 ? ttl : windowSeconds }
    },
    async peek(key) {
      const [[, n], [, ttl]] = (await redis.multi().get(key).ttl(key).exec()) as [unknown, number][]
      return { n: Number(n ?? 0), retryAfter: Math.max(0, ttl) }
    },
    async undo(key) {
      await redis.decr(key)
    },
    async clear(key) {
      await redis.del(key)
    },
  }
}

let shared: Counters | undefined
export const counters = () => {
  shared ??= process.env.REDIS_URL ? redisCounters(process.env.REDIS_URL) : memoryCounters()
  return shared
}
