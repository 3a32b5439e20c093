import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MarketplaceOrder } from "../../../domain/marketplace"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type NewChannelImport = {
  connection_id: string
  filename: string
  preset: string
  orders: MarketplaceOrder[]
  row_errors: unknown[]
  created_by?: string | null
}

/** Writes down a file's orders before any is placed, so a restart resumes instead of losing them. */
export const createChannelImportStep = createStep(
  "ordo-create-channel-import",
  async (input: NewChannelImport, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const row = await channels.createChannelImports({
      ...input,
      orders: input.orders as any,
      row_errors: input.row_errors as any,
      total: input.orders.length,
      processed: 0,
      outcomes: { imported: 0, exception: 0, waiting: 0, cancelled: 0, duplicate: 0 },
      heartbeat_at: new Date(),
    })
    return new StepResponse({ id: (row as any).id as string }, (row as any).id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).deleteChannelImports([id])
  },
)
