import { MedusaError } from "@medusajs/framework/utils"

/** The sales channel a store request is scoped to, from its publishable key. */
export function storeSalesChannelId(req: { publishable_key_context?: { sales_channel_ids: string[] } }) {
  const id = req.publishable_key_context?.sales_channel_ids?.[0]
  if (!id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable key is not linked to a sales channel")
  }
  return id
}
