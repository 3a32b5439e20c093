import { dec } from "./money"

/**
 * FIFO costing, pure: which layers a shipment takes units from, and which units a return puts
 * back. Costs are decimal strings; quantities whole units.
 */
export type OpenLayer = {
  id: string
  location_id: string
  received_at: Date | string
  unit_cost: string
  remaining: number
}
export type Take = { layer_id: string | null; quantity: number; unit_cost: string | null }

const byAge = (a: OpenLayer, b: OpenLayer) =>
  new Date(a.received_at).getTime() - new Date(b.received_at).getTime() || a.id.localeCompare(b.id)

/**
 * Takes `quantity` units oldest layer first, preferring layers at the shipping location (the
 * goods physically leave from there), then any location's. Units no layer covers come back
 * as one uncosted take (`layer_id: null`), so cost of goods is never silently understated.
 */
export function takeFifo(layers: OpenLayer[], quantity: number, locationId?: string): Take[] {
  const open = layers.filter((l) => l.remaining > 0)
  const ordered = [
    ...open.filter((l) => l.location_id === locationId).sort(byAge),
    ...open.filter((l) => l.location_id !== locationId).sort(byAge),
  ]
  const takes: Take[] = []
  let left = quantity
  for (const layer of ordered) {
    if (left <= 0) break
    const n = Math.min(left, layer.remaining)
    takes.push({ layer_id: layer.id, quantity: n, unit_cost: layer.unit_cost })
    left -= n
  }
  if (left > 0) takes.push({ layer_id: null, quantity: left, unit_cost: null })
  return takes
}

export type Allocation = {
  id: string
  layer_id: string | null
  quantity: number
  returned_quantity: number
  created_at?: Date | string
}

/**
 * Returned units go back to the layers they were taken from, at their original cost — the
 * units taken last first (the newest layer the line drew on), so a line that drew on two
 * layers gives back the later, usually dearer ones before touching the older ones.
 */
export function putBack(allocations: Allocation[], quantity: number) {
  const backs: { allocation_id: string; layer_id: string | null; quantity: number }[] = []
  let left = quantity
  for (const a of [...allocations].reverse()) {
    if (left <= 0) break
    const n = Math.min(left, a.quantity - a.returned_quantity)
    if (n <= 0) continue
    backs.push({ allocation_id: a.id, layer_id: a.layer_id, quantity: n })
    left -= n
  }
  return backs
}

/** Cost of the takes; `complete` is false when some units had no cost layer. */
export function costOf(takes: { quantity: number; unit_cost: string | null }[]) {
  let cost = dec(0)
  let complete = true
  for (const t of takes) {
    if (t.unit_cost == null) complete = false
    else cost = cost.plus(dec(t.unit_cost).times(t.quantity))
  }
  return { cost, complete }
}

/** Gross margin on net revenue: amount and percent (one decimal), null percent without revenue. */
export function margin(netRevenue: unknown, cost: unknown) {
  const revenue = dec(netRevenue)
  const amount = revenue.minus(dec(cost))
  const percent = revenue.isZero() ? null : amount.div(revenue).times(100).toFixed(1)
  return { amount, percent }
}
