// A small closed-loop load generator: N workers each run `task` back to back for a
// duration (or a fixed number of calls) and every call's latency is recorded exactly.
import { Agent } from "node:http"

export const agent = new Agent({ keepAlive: true, maxSockets: 64 })

export function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}

/**
 * @param {{ workers: number, seconds?: number, calls?: number, task: (worker: number, i: number) => Promise<void> }} o
 */
export async function closedLoop({ workers, seconds, calls, task }) {
  const latencies = []
  let errors = 0
  let next = 0
  const deadline = seconds ? performance.now() + seconds * 1000 : Number.POSITIVE_INFINITY
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (;;) {
        if (performance.now() >= deadline) return
        const i = next++
        if (calls !== undefined && i >= calls) return
        const t = performance.now()
        try {
          await task(w, i)
          latencies.push(performance.now() - t)
        } catch (e) {
          errors++
          if (errors <= 3) console.error(`  request failed: ${e.message}`)
        }
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    count: latencies.length,
    errors,
    elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  }
}

/** JSON over a keep-alive HTTP agent; throws on a non-2xx answer. */
export async function httpJson(url, { method = "GET", headers = {}, body } = {}) {
  const { request } = await import("node:http")
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = request(
      url,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString()
          if (res.statusCode >= 300)
            return reject(new Error(`${method} ${url} → ${res.statusCode} ${text.slice(0, 300)}`))
          try {
            resolve(text ? JSON.parse(text) : undefined)
          } catch {
            resolve(text)
          }
        })
      },
    )
    req.on("error", reject)
    if (payload) req.write(payload)
    req.end()
  })
}
