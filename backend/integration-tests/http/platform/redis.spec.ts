import { createConnection } from "node:net"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
// @ts-expect-error plain ESM helper shared with `npm start`
import { freePort } from "../../../../scripts/lib/db.mjs"
// @ts-expect-error plain ESM helper shared with `npm start`
import { startBackend, stopService } from "../../../../scripts/lib/stack.mjs"
import { buyerAddressId, loginBuyer, stack } from "../../../../tests/support/api"
import { stockedSkus } from "../../../../tests/support/db"

const redisUrl = process.env.ORDO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7"

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

describe.runIf(available)("production shape: server + worker on Redis modules", () => {
  const services: any[] = []
  let serverUrl: string

  beforeAll(async () => {
    const { databaseUrl, jwtSecret } = stack()
    const env = { REDIS_URL: redisUrl, JWT_SECRET: jwtSecret, LOG_LEVEL: "error" }
    const serverPort = await freePort()
    services.push(
      await startBackend({ databaseUrl, port: serverPort, extraEnv: { ...env, MEDUSA_WORKER_MODE: "server" } }),
    )
    const workerPort = await freePort()
    services.push(
      await startBackend({ databaseUrl, port: workerPort, extraEnv: { ...env, MEDUSA_WORKER_MODE: "worker" } }),
    )
    serverUrl = `http://localhost:${serverPort}`
  })

  afterAll(async () => {
    for (const s of services) await stopService(s)
  })

  it("places an order through a server process whose events go through Redis", async () => {
    const token = await loginBuyer("buyer@initech.test")
    const address = await buyerAddressId(token)
    const headers = {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": stack().publishableKey,
    }
    const cart = await fetch(`${serverUrl}/store/ordo/quick-order`, {
      method: "POST",
      headers,
      body: JSON.stringify({ text: `${(await stockedSkus(1))[0]} 2` }),
    }).then((r) => r.json())
    const res = await fetch(`${serverUrl}/store/ordo/carts/${cart.cart.id}/checkout`, {
      method: "POST",
      headers,
      body: JSON.stringify({ address_id: address, po_number: "REDIS-1" }),
    })
    const body = await res.json()
    expect(res.status).toBe(200)
    expect(body.order.metadata.po_number).toBe("REDIS-1")
    // Medusa's Redis event bus queues events with BullMQ under "bull:" keys
    const redis = new Redis(redisUrl)
    const keys = await redis.keys("bull:*")
    await redis.quit()
    expect(keys.length).toBeGreaterThan(0)
  })
})
