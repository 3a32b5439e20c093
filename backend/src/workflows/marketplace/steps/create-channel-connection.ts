import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ChannelType } from "../../../domain/marketplace"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type NewChannelConnection = {
  type: ChannelType
  name: string
  config: Record<string, unknown>
  credentials: string | null
  sales_channel_id: string
  stock_location_id: string
  safety_stock: number
  retail_company_id: string
  retail_customer_id: string
}

/** The connection record; compensation deletes it. */
export const createChannelConnectionStep = createStep(
  "ordo-create-channel-connection",
  async (input: NewChannelConnection, { container }) => {
    const created = await container.resolve<ChannelModuleService>(CHANNEL_MODULE).createChannelConnections(input as any)
    return new StepResponse(created, created.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).deleteChannelConnections(id)
  },
)
