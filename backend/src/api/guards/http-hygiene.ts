import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const hasNul = (x: unknown, depth = 0): boolean => {
  if (depth > 20) return false
  if (typeof x === "string") return x.includes("\u0000")
  if (Array.isArray(x)) return x.some((v) => hasNul(v, depth + 1))
  if (x && typeof x === "object") {
    return Object.entries(x).some(([k, v]) => k.includes("\u0000") || hasNul(v, depth + 1))
  }
  return false
}

/**
 * A NUL character is never part of an id, an amount or a name, and PostgreSQL cannot store one
 * in text: refused up front (400) in the path, the query string or the body, instead of
 * failing deep inside a query with a 500.
 */
export function refuseNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let url = req.originalUrl
  try {
    url = decodeURIComponent(req.originalUrl)
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The address is not validly encoded"))
  }
  if (url.includes("\u0000") || hasNul(req.body)) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "The request contains a NUL character, which is not allowed"),
    )
  }
  next()
}

/**
 * Bearer tokens must carry an expiry: Medusa verifies the signature, and Ordo refuses a token
 * that would never expire even when signed with the right secret.
 */
export function requireExpiringToken(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers.authorization
  if (!header) return next()
  const [scheme, token] = header.split(/\s+/)
  if (scheme?.toLowerCase() !== "bearer" || !token || token.split(".").length !== 3) return next()
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
    if (typeof payload?.exp === "number") return next()
  } catch {}
  next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: the token has no expiry; sign in again"))
}
