import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ChannelOrderStatus, ImportProblem } from "../../../domain/marketplace"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type ChannelOrderPatch = {
  id: string
  status?: ChannelOrderStatus
  order_id?: string | null
  problems?: ImportProblem[] | null
  resolution?: Record<string, unknown> | null
  count_attempt?: boolean
}

/** Moves an imported order along (imported, exception, ignored, cancelled); compensation restores it. */
export const updateChannelOrderStep = createStep(
  "ordo-update-channel-order",
  async ({ count_attempt, ...patch }: ChannelOrderPatch, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const before = await channels.retrieveChannelOrder(patch.id)
    const updated = await channels.updateChannelOrders({
      ...patch,
      ...(count_attempt ? { attempts: (before.attempts ?? 0) + 1 } : {}),
    } as any)
    const { id, status, order_id, problems, resolution, attempts } = before as any
    return new StepResponse(updated, { id, status, order_id, problems, resolution, attempts })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).updateChannelOrders(before as any)
  },
)
