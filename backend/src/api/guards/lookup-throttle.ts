import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counters, envNumber } from "./counters"
import { clientAddress } from "./login-throttle"

/**
 * The public tracking lookup answers an order number only with the right postal code or e-mail.
 * Guessing means missing: each address may miss `ORDO_TRACK_MISS_LIMIT` times (default 10) per
 * `ORDO_TRACK_WINDOW_SECONDS` (default 600), then every lookup from it answers 429 until the
 * window ends. Lookups that find a shipment are not counted.
 */
export async function throttleLookups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const limit = envNumber("ORDO_TRACK_MISS_LIMIT", 10)
  const window = envNumber("ORDO_TRACK_WINDOW_SECONDS", 600)
  const key = `ordo:track-miss:${clientAddress(req)}`
  const seen = await counters().peek(key)
  if (seen.n >= limit) {
    res.setHeader("Retry-After", String(seen.retryAfter || window))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many lookups that found nothing; try again in ${Math.ceil((seen.retryAfter || window) / 60)} minute(s)`,
    })
    return
  }
  res.on("finish", () => {
    if (res.statusCode === 404) void counters().hit(key, window)
  })
  next()
}
