import { createConnection } from "node:net"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM helper shared with `npm start`
import { freePort } from "../../../../scripts/lib/db.mjs"
// @ts-expect-error plain ESM helper shared with `npm start`
import { startBackend, stopService } from "../../../../scripts/lib/stack.mjs"
import {
  api,
  buyerAddressId,
  createStockedProduct,
  loginAdmin,
  loginBuyer,
  stack,
  until,
} from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"

// A Redis database of its own: it is flushed before the run, so nothing found in it is left over.
const redisUrl = process.env.ORDO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7"
// Where Medusa's Redis event bus keeps its BullMQ queue (prefix = the service's class name).
const QUEUE = "RedisEventBusService:events-queue"

function reachable(url: string) {
  const u = new URL(url)
  return new Promise<boolean>((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) })
    s.once("connect", () => {
      s.end()
      resolve(true)
    })
    s.once("error", () => resolve(false))
  })
}

const available = await reachable(redisUrl)
if (!available) console.warn(`Redis not reachable at ${redisUrl}: the Redis deployment test is skipped`)

/** The queued (not yet processed) jobs of one event, with the payload Medusa serialised into them. */
async function queuedJobs(redis: Redis, event: string) {
  // Job hashes, whatever their id (numbers, or ids Medusa gives grouped events); not the queue's own keys.
  const keys = (await redis.keys(`${QUEUE}:*`)).filter((k) => k.split(":").length === 3)
  const types = await Promise.all(keys.map((k) => redis.type(k)))
  const hashes = keys.filter((_, i) => types[i] === "hash")
  const jobs = await Promise.all(hashes.map(async (k) => ({ key: k, ...(await redis.hgetall(k)) })))
  return jobs.filter((j: any) => j.name === event).map((j: any) => ({ ...j, data: JSON.parse(j.data ?? "{}") }))
}

describe.runIf(available)("production shape: a server and a worker process on Redis", () => {
  const services: any[] = []
  const env = () => ({ REDIS_URL: redisUrl, JWT_SECRET: stack().jwtSecret, LOG_LEVEL: "error" })
  const start = async (mode: "server" | "worker") => {
    const port = await freePort()
    services.push(
      await startBackend({
        databaseUrl: stack().databaseUrl,
        port,
        extraEnv: { ...env(), MEDUSA_WORKER_MODE: mode },
      }),
    )
    return `http://localhost:${port}`
  }
  let redis: Redis
  let serverUrl: string
  let orderId: string
  const SKU = `REDIS-${Date.now().toString(36).toUpperCase()}`

  // The order's one item falls to its low-stock threshold: the `order.placed` subscriber that
  // notices it (and stamps the threshold `alerted_at`) is the job whose runner we watch.
  const alertedAt = async () =>
    (await sql("select alerted_at from low_stock_threshold where sku = $1 and deleted_at is null", [SKU]))[0]
      ?.alerted_at ?? null

  beforeAll(async () => {
    redis = new Redis(redisUrl)
    await redis.flushdb()
    const staff = await loginAdmin()
    await createStockedProduct(staff, SKU, 10)
    const locations = await api("GET", "/admin/stock-locations?order=name", { token: staff })
    const set = await api("POST", "/admin/ordo/stock/thresholds", {
      token: staff,
      body: { sku: SKU, location_id: locations.body.stock_locations[0].id, threshold: 8 },
    })
    if (set.status !== 200) throw new Error(`threshold: ${set.status} ${JSON.stringify(set.body)}`)
    // Other files may have left Initech on credit hold (dunning): then the order would wait for
    // approval and no order.placed would be emitted. This test needs a plainly placed order.
    const initech = await loginBuyer("buyer@initech.test")
    const companyId = (await api("GET", "/store/ordo/company", { token: initech })).body.company.id
    const credit = await api("POST", `/admin/ordo/companies/${companyId}/credit`, {
      token: staff,
      body: { on_hold: false },
    })
    if (credit.status !== 200) throw new Error(`credit: ${credit.status} ${JSON.stringify(credit.body)}`)
    serverUrl = await start("server")
  })

  afterAll(async () => {
    for (const s of services) await stopService(s)
    await redis?.quit()
  })

  it("the server process places the order and leaves its event queued in Redis, unprocessed", async () => {
    const token = await loginBuyer("buyer@initech.test")
    const headers = {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": stack().publishableKey,
    }
    const cart = await fetch(`${serverUrl}/store/ordo/quick-order`, {
      method: "POST",
      headers,
      body: JSON.stringify({ text: `${SKU} 3` }),
    }).then((r) => r.json())
    expect(cart.cart?.id, JSON.stringify(cart)).toBeTruthy()
    const res = await fetch(`${serverUrl}/store/ordo/carts/${cart.cart.id}/checkout`, {
      method: "POST",
      headers,
      body: JSON.stringify({ address_id: await buyerAddressId(token), po_number: "REDIS-1" }),
    })
    const body = await res.json()
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(body.order.metadata.po_number).toBe("REDIS-1")
    expect(body.approval_request_id, "placed at once, not waiting for approval").toBeNull()
    orderId = body.order.id
    const queued = await until(
      () => queuedJobs(redis, "order.placed"),
      (jobs) => jobs.some((j) => j.data?.data?.id === orderId),
      150,
    )
    expect(
      queued.map((j) => j.data?.data?.id),
      (await redis.keys("*")).join(" "),
    ).toContain(orderId)
    // No process consumes the queue yet: the subscriber has not run.
    await new Promise((r) => setTimeout(r, 1000))
    expect(await alertedAt()).toBeNull()
  })

  it("a worker process started afterwards takes the job from Redis and runs the subscriber", async () => {
    expect(orderId, "the order of the previous step").toBeTruthy()
    await start("worker")
    const stamped = await until(alertedAt, (x) => x != null, 300)
    expect(stamped, "low-stock alert stamped by the order.placed subscriber").not.toBeNull()
    // The job left the queue once done (Medusa removes completed event jobs).
    const left = await until(
      () => queuedJobs(redis, "order.placed"),
      (jobs) => !jobs.some((j) => j.data?.data?.id === orderId),
    )
    expect(left.map((j) => j.data?.data?.id)).not.toContain(orderId)
  })
})
