import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DuePush, driftedListings } from "../../domain/stock-push"
import { channelConnection, listChannelConnections } from "../../queries/marketplace/channel-orders"
import { marketplaceFailure, marketplaceSource } from "../../queries/marketplace/clients"
import { channelListings, dueStockPushes } from "../../queries/marketplace/listings"
import { recordStockPushesStep } from "./steps/record-stock-pushes"
import { sendStockLevelsStep } from "./steps/send-stock-levels"

/** Sends due quantities to one connection's listings and writes the push log. */
export const pushChannelStockWorkflow = createWorkflow(
  "ordo-push-channel-stock",
  (input: { connection_id: string; pushes: DuePush[]; noticed_at?: number }) => {
    const sent = sendStockLevelsStep(input)
    const recorded = recordStockPushesStep({
      connection_id: input.connection_id,
      sent,
      noticed_at: input.noticed_at,
    })
    return new WorkflowResponse(recorded)
  },
)

/**
 * Every enabled marketplace connection gets the quantities that changed since its last push
 * (whatever changed them: orders from any channel, receipts, adjustments, transfers, returns).
 * One failing connection never stops the others.
 */
export async function pushDueStock(
  container: MedusaContainer,
  opts: { noticed_at?: number; connection_id?: string } = {},
) {
  const totals = { sent: 0, failed: 0 }
  const connections = opts.connection_id
    ? [await channelConnection(container, opts.connection_id)].filter(Boolean)
    : await listChannelConnections(container)
  for (const c of connections as any[]) {
    if (c.status !== "enabled" || c.type === "file") continue
    const { due } = await dueStockPushes(container, c)
    if (!due.length) continue
    const { result } = await pushChannelStockWorkflow(container).run({
      input: { connection_id: c.id, pushes: due, noticed_at: opts.noticed_at },
    })
    totals.sent += result.sent
    totals.failed += result.failed
  }
  return totals
}

/**
 * Reconciliation: reads what the marketplace shows (where it can say) and pushes every listing
 * that drifted from what Ordo last sent, plus anything still due.
 */
export async function reconcileChannelStock(container: MedusaContainer, connectionId: string) {
  const connection = (await channelConnection(container, connectionId)) as any
  if (!connection || connection.type === "file") return { drifted: 0, sent: 0, failed: 0 }
  const listings = (await channelListings(container, connectionId)) as any[]
  const remote = await marketplaceSource(connection)
    .currentStock(listings.map((l) => l.external_id))
    .catch((e) => {
      throw marketplaceFailure(connection, e)
    })
  const drifted = remote ? driftedListings(listings, remote) : []
  const { due } = await dueStockPushes(container, connection, new Set(drifted))
  if (!due.length) return { drifted: drifted.length, sent: 0, failed: 0 }
  const { result } = await pushChannelStockWorkflow(container).run({
    input: { connection_id: connectionId, pushes: due },
  })
  return { drifted: drifted.length, ...result }
}
