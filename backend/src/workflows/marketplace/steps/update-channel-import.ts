import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type ChannelImportProgress = {
  id: string
  processed?: number
  outcomes?: Record<string, number>
  status?: "running" | "done" | "failed"
  error?: string | null
  finished_at?: Date | null
}

const FIELDS = ["processed", "outcomes", "status", "error", "finished_at", "heartbeat_at"] as const

/** Records an import's progress (with a heartbeat); compensation puts the previous figures back. */
export const updateChannelImportStep = createStep(
  "ordo-update-channel-import",
  async (input: ChannelImportProgress, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const [before] = (await channels.listChannelImports({ id: input.id } as any, {
      select: ["id", ...FIELDS],
    })) as any[]
    await channels.updateChannelImports({ ...input, heartbeat_at: new Date() })
    return new StepResponse(null, before ?? null)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).updateChannelImports(before)
  },
)
