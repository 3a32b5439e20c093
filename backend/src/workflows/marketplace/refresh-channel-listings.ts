import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { channelConnection } from "../../queries/marketplace/channel-orders"
import { marketplaceFailure, marketplaceSource } from "../../queries/marketplace/clients"
import { type ListingCandidate, listingCandidates } from "../../queries/marketplace/listings"
import { pushDueStock } from "./push-channel-stock"
import { saveChannelListingsStep } from "./steps/save-channel-listings"

export const saveChannelListingsWorkflow = createWorkflow(
  "ordo-save-channel-listings",
  (input: { connection_id: string; candidates: ListingCandidate[] }) =>
    new WorkflowResponse(saveChannelListingsStep(input)),
)

/** Learns which of our variants the marketplace lists (Shopify: by SKU; Amazon: our stocked SKUs) and pushes their stock. */
export async function refreshChannelListings(container: MedusaContainer, connectionId: string) {
  const connection = (await channelConnection(container, connectionId)) as any
  if (!connection) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Connection ${connectionId} was not found`)
  if (connection.type === "file") return { created: 0, updated: 0, total: 0 }
  const remote = await marketplaceSource(connection)
    .listings()
    .catch((e) => {
      throw marketplaceFailure(connection, e)
    })
  const candidates = await listingCandidates(container, connection, remote)
  const { result } = await saveChannelListingsWorkflow(container).run({
    input: { connection_id: connectionId, candidates },
  })
  // New listings (and changed ones) get their stock at once, not at the next sweep.
  const pushed =
    result.created || result.updated ? await pushDueStock(container, { connection_id: connectionId }) : null
  return { ...result, pushed: pushed?.sent ?? 0 }
}
