import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { envNumber, counters as store } from "./counters"

/** Sign-in attempts allowed per account, and per client address, in one window (seconds). */
const limits = () => ({
  account: envNumber("ORDO_LOGIN_ACCOUNT_LIMIT", 5),
  ip: envNumber("ORDO_LOGIN_IP_LIMIT", 30),
  window: envNumber("ORDO_LOGIN_WINDOW_SECONDS", 15 * 60),
})
/**
 * Every failed or refused sign-in answers after the same minimum time, so the time it takes
 * does not tell a known e-mail (password hash checked, ~0.2 s) from an unknown one (~5 ms).
 */
export const FAILURE_FLOOR_MS = 500

const PRIVATE = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|fc|fd|fe80:|::ffff:(127|10|192\.168)\.)/i

/**
 * The address a sign-in comes from. A request relayed by a machine on the private network (the
 * storefront, a TLS proxy) is counted against the last public address in X-Forwarded-For;
 * anything connecting directly is counted by its own address and cannot claim another.
 */
export function clientAddress(req: MedusaRequest): string {
  const peer = req.socket?.remoteAddress ?? "unknown"
  if (!PRIVATE.test(peer)) return peer
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
  for (let i = forwarded.length - 1; i >= 0; i--) if (!PRIVATE.test(forwarded[i])) return forwarded[i]
  return forwarded[0] ?? peer
}

/**
 * Sign-in throttling on Medusa's e-mail/password login, per account and per client address.
 * Every attempt is counted as it starts (atomically, so parallel guesses cannot slip through
 * together); a successful sign-in clears the account's count and gives its address attempt
 * back. Past the limit the answer is 429 with Retry-After until the window ends.
 */
export async function throttleLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const started = Date.now()
  const limit = limits()
  const email = String((req.body as { email?: unknown } | undefined)?.email ?? "")
    .trim()
    .toLowerCase()
  const accountKey = `ordo:login:account:${String(req.params.actor_type ?? "")}:${email}`
  const ipKey = `ordo:login:ip:${clientAddress(req)}`

  // Failed answers wait until the floor, whatever made them fail.
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode < 400) return json(body)
    const wait = FAILURE_FLOOR_MS - (Date.now() - started)
    if (wait > 0) setTimeout(() => json(body), wait)
    else json(body)
    return res
  }) as typeof res.json

  const [account, ip] = await Promise.all([store().hit(accountKey, limit.window), store().hit(ipKey, limit.window)])
  const blocked = account.n > limit.account ? account : ip.n > limit.ip ? ip : undefined
  if (blocked) {
    res.setHeader("Retry-After", String(blocked.retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many sign-in attempts; try again in ${Math.ceil(blocked.retryAfter / 60)} minute(s) or reset your password`,
    })
    return
  }
  res.on("finish", () => {
    if (res.statusCode < 300) {
      void store().clear(accountKey)
      void store().undo(ipKey)
    }
  })
  next()
}
