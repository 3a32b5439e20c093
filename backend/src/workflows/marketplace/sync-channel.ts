import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MarketplaceOrder } from "../../domain/marketplace"
import { channelConnection } from "../../queries/marketplace/channel-orders"
import { marketplaceFailure, marketplaceSource } from "../../queries/marketplace/clients"
import { type ImportResult, importChannelOrder } from "./import-channel-order"
import { recordSyncWorkflow } from "./record-sync"

/** How far back the first poll of a new connection reaches when it names no back-fill date. */
const FIRST_POLL_DAYS = 7

/** Orders of one page placed at the same time. */
const SYNC_CONCURRENCY = Number(process.env.ORDO_SYNC_CONCURRENCY ?? 4)

export type SyncResult = {
  fetched: number
  outcomes: Record<ImportResult["outcome"], number>
  unreadable: number
  cursor: string
}

/**
 * The catch-up poll (Shopify by updated_at_min, Amazon by LastUpdatedAfter with NextToken
 * paging): every order the marketplace changed since the connection's cursor goes
 * through the same import pipeline as webhooks (so a missed webhook is caught and a repeated one
 * changes nothing). The cursor moves only after the whole run, so a crash re-reads rather than
 * skips. Orders the adapter cannot read are counted and named in the connection's last error.
 */
export async function syncChannel(
  container: MedusaContainer,
  connectionId: string,
  now = new Date(),
): Promise<SyncResult> {
  const connection = (await channelConnection(container, connectionId)) as any
  if (!connection) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Connection ${connectionId} was not found`)
  if (connection.type === "file") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "type: file connections are imported from a file, not polled")
  }
  const source = marketplaceSource(connection)
  // The first poll reaches back to the connection's back-fill date, or a week.
  const since =
    connection.sync_cursor ??
    connection.config?.sync_from ??
    new Date(now.getTime() - FIRST_POLL_DAYS * 86_400_000).toISOString()
  const outcomes: SyncResult["outcomes"] = { imported: 0, exception: 0, waiting: 0, cancelled: 0, duplicate: 0 }
  let fetched = 0
  let cursor = since
  const unreadable: string[] = []
  try {
    for await (const page of source.ordersSince(since, now)) {
      // A page's orders are distinct: several are placed at once (each under its own locks;
      // orders sharing stock wait for each other in the place-order workflow).
      let next = 0
      const worker = async () => {
        while (next < page.orders.length) {
          const order = page.orders[next++]
          const r = await importChannelOrder(
            container,
            {
              connection_id: connectionId,
              order: order as MarketplaceOrder,
              source: "poll",
            },
            connection,
          )
          outcomes[r.outcome]++
        }
      }
      fetched += page.orders.length
      await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, page.orders.length) }, worker))
      unreadable.push(...page.failures.map((f) => `${f.external_id ?? "?"}: ${f.error}`))
      if (page.last) cursor = page.cursor
    }
  } catch (e: any) {
    await recordSyncWorkflow(container).run({
      input: { id: connectionId, last_poll_at: now, last_error: `Poll failed: ${e?.message ?? e}`, last_error_at: now },
    })
    throw marketplaceFailure(connection, e)
  }
  await recordSyncWorkflow(container).run({
    input: {
      id: connectionId,
      sync_cursor: cursor,
      last_poll_at: now,
      ...(unreadable.length
        ? { last_error: `${unreadable.length} order(s) could not be read: ${unreadable[0]}`, last_error_at: now }
        : { last_success_at: now }),
    },
  })
  return { fetched, outcomes, unreadable: unreadable.length, cursor }
}
