import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const STAFF_CHANNEL_NAME = "Staff entry"

/**
 * The "Staff entry" sales channel every staff-entered order belongs to. It is created by
 * `npx medusa db:migrate` (src/migration-scripts) and by the demo seed
 * (workflows/order-entry/ensure-staff-channel.ts).
 */
export async function staffSalesChannelId(container: MedusaContainer): Promise<string> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: STAFF_CHANNEL_NAME })
  if (!channel) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The "${STAFF_CHANNEL_NAME}" sales channel is missing: run the database migrations (npx medusa db:migrate) to create it`,
    )
  }
  return channel.id
}
