/**
 * Stock out to marketplaces: what each listing should show (available at the connection's
 * location less its safety stock, never below zero) and which listings are due a push because
 * that differs from what was last sent. Pushes are absolute quantities, so sending one twice
 * changes nothing; the idempotency key names the change (listing, what it moves from, to what).
 */

export type ListingState = {
  id: string
  inventory_item_id: string
  external_id: string
  last_sent: number | null
  last_sent_at: Date | string | null
}

export type DuePush = { listing_id: string; external_id: string; quantity: number; idempotency_key: string }

/** Units a marketplace may sell: available less safety stock, whole, at least 0. */
export function offeredQuantity(available: number, safetyStock: number): number {
  const n = Math.floor(Number(available) - Math.max(0, Number(safetyStock) || 0))
  return Number.isFinite(n) && n > 0 ? n : 0
}

/**
 * The key of one change: a retry of the same change sends the same key. A correction of drift
 * (`fixAt`) is a new change even when Ordo's figure did not move, so it gets its own key.
 */
export function pushKey(
  listing: Pick<ListingState, "id" | "last_sent" | "last_sent_at">,
  quantity: number,
  fixAt?: number,
): string {
  const since = listing.last_sent_at ? new Date(listing.last_sent_at).getTime() : 0
  return `ordo-stock:${listing.id}:${listing.last_sent ?? "none"}@${since}->${quantity}${fixAt ? `:fix@${fixAt}` : ""}`
}

/**
 * The listings whose marketplace quantity must change. An inventory item with no level at the
 * location offers 0; `force` (reconciliation) pushes listings the marketplace shows differently.
 */
export function duePushes(
  listings: ListingState[],
  available: ReadonlyMap<string, number>,
  safetyStock: number,
  force: ReadonlySet<string> = new Set(),
  now = Date.now(),
): DuePush[] {
  const due: DuePush[] = []
  for (const l of listings) {
    const quantity = offeredQuantity(available.get(l.inventory_item_id) ?? 0, safetyStock)
    const forced = force.has(l.id)
    if (quantity === l.last_sent && !forced) continue
    due.push({
      listing_id: l.id,
      external_id: l.external_id,
      quantity,
      idempotency_key: pushKey(l, quantity, forced ? now : undefined),
    })
  }
  return due
}

/** Listings the marketplace shows with another quantity than Ordo last sent (drift to fix). */
export function driftedListings(
  listings: Pick<ListingState, "id" | "external_id" | "last_sent">[],
  remote: ReadonlyMap<string, number>,
): string[] {
  return listings
    .filter((l) => l.last_sent != null && remote.has(l.external_id) && remote.get(l.external_id) !== l.last_sent)
    .map((l) => l.id)
}
