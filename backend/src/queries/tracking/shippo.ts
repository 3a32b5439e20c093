import { createShippoClient, type ShippoClient } from "@ordo/shippo"

let cached: { key: string; client: ShippoClient } | undefined

/** The Shippo API client when SHIPPO_API_TOKEN is set (SHIPPO_API_URL points it elsewhere, e.g. a test server). */
export function shippoClient(): ShippoClient | null {
  const token = process.env.SHIPPO_API_TOKEN
  if (!token) return null
  const key = `${token}|${process.env.SHIPPO_API_URL ?? ""}`
  if (cached?.key !== key) {
    cached = { key, client: createShippoClient({ token, baseUrl: process.env.SHIPPO_API_URL || undefined }) }
  }
  return cached.client
}
