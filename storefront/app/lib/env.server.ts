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

export function sessionSecret(): string {
  return process.env.SESSION_SECRET || "ordo-dev-session-secret-change-me"
}
