import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type ConnectionHealth = {
  id: string
  last_webhook_at?: Date
  last_poll_at?: Date
  last_success_at?: Date
  last_error?: string | null
  last_error_at?: Date | null
  sync_cursor?: string | null
}

const FIELDS = [
  "last_webhook_at",
  "last_poll_at",
  "last_success_at",
  "last_error",
  "last_error_at",
  "sync_cursor",
] as const

/** Records a connection's health (last webhook, poll, success, error, cursor); compensation restores it. */
export const touchConnectionStep = createStep(
  "ordo-touch-channel-connection",
  async (input: ConnectionHealth, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const before = (await channels.retrieveChannelConnection(input.id)) as any
    await channels.updateChannelConnections(input as any)
    return new StepResponse(input, { id: input.id, ...Object.fromEntries(FIELDS.map((f) => [f, before[f]])) })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).updateChannelConnections(before as any)
  },
)
