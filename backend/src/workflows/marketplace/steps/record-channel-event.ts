import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

/**
 * Notes a webhook delivery by its id (and the connection's last webhook time); a delivery seen
 * before is reported as a replay. Compensation forgets it, so a failed import can be redelivered.
 */
export const recordChannelEventStep = createStep(
  "ordo-record-channel-event",
  async (input: { connection_id: string; event_key: string; topic: string }, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const [seen] = await channels.listChannelEvents({ connection_id: input.connection_id, event_key: input.event_key })
    if (seen) return new StepResponse({ replay: true }, null as string | null)
    const created = await channels.createChannelEvents(input)
    return new StepResponse({ replay: false }, created.id as string | null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).deleteChannelEvents(id)
  },
)
