import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

/** Status and safety stock of a connection; compensation restores them. */
export const updateChannelConnectionStep = createStep(
  "ordo-update-channel-connection",
  async (input: { id: string; status?: "enabled" | "paused"; safety_stock?: number }, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const before = (await channels.retrieveChannelConnection(input.id)) as any
    const updated = await channels.updateChannelConnections(input as any)
    return new StepResponse(updated, { id: input.id, status: before.status, safety_stock: before.safety_stock })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).updateChannelConnections(before as any)
  },
)
