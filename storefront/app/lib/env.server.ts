import { randomBytes } from "node:crypto"
// Configuration is read here only, so secrets never reach client bundles.
export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

export function publishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!key) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot call the Medusa store API")
  }
  return key
}

const PUBLIC_DEFAULTS = new Set(["ordo-dev-session-secret-change-me", "ordo-test-session", "secret", "supersecret"])
let devSecret: string | undefined

/**
 * The secret that signs and encrypts the session cookie. In production the storefront refuses
 * to start without a real one (at least 32 characters, not a published default); in development
 * each process makes a random one, so sessions end with it.
 */
export function sessionSecret(): string {
  const value = process.env.SESSION_SECRET
  if (value && value.length >= 32 && !PUBLIC_DEFAULTS.has(value)) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      `SESSION_SECRET is ${value ? "too short or a published default" : "not set"}: set it to a random value of at least 32 characters before starting the storefront in production`,
    )
  }
  devSecret ??= randomBytes(32).toString("hex")
  return devSecret
}
