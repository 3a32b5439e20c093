import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"
import { channelConnection } from "../../queries/marketplace/channel-orders"
import { type ImportResult, importChannelOrder } from "./import-channel-order"
import { createChannelImportStep, type NewChannelImport } from "./steps/create-channel-import"
import { type ChannelImportProgress, updateChannelImportStep } from "./steps/update-channel-import"

export const startChannelImportWorkflow = createWorkflow(
  "ordo-start-channel-import",
  (input: NewChannelImport) => new WorkflowResponse(createChannelImportStep(input)),
)

export const updateChannelImportWorkflow = createWorkflow(
  "ordo-update-channel-import",
  (input: ChannelImportProgress) => new WorkflowResponse(updateChannelImportStep(input)),
)

/** Progress is written every this many orders (and at the end). */
const PROGRESS_EVERY = 10

/** Imports already running in this process (a second resume of the same import is a no-op). */
const running = new Set<string>()

/**
 * Places a file's orders one after another through the one import pipeline, from where the
 * import stopped: every order is keyed on (connection, external id), so an order placed just
 * before a crash is found and not placed twice, and an unplaceable one waits in the exceptions
 * queue without stopping the rest. Progress is written as it goes.
 */
export async function runChannelImport(container: MedusaContainer, importId: string) {
  if (running.has(importId)) return
  running.add(importId)
  try {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const [row] = (await channels.listChannelImports({ id: importId } as any)) as any[]
    if (row?.status !== "running") return
    const orders = (row.orders ?? []) as any[]
    const connection = (await channelConnection(container, row.connection_id)) ?? null
    const outcomes: Record<ImportResult["outcome"], number> = {
      imported: 0,
      exception: 0,
      waiting: 0,
      cancelled: 0,
      duplicate: 0,
      ...(row.outcomes ?? {}),
    }
    let processed = Number(row.processed ?? 0)
    const save = (extra: Partial<ChannelImportProgress> = {}) =>
      updateChannelImportWorkflow(container).run({ input: { id: importId, processed, outcomes, ...extra } })
    try {
      for (; processed < orders.length; ) {
        const r = await importChannelOrder(
          container,
          {
            connection_id: row.connection_id,
            order: orders[processed],
            source: "file",
          },
          connection,
        )
        outcomes[r.outcome]++
        processed++
        if (processed % PROGRESS_EVERY === 0) await save()
      }
      await save({ status: "done", finished_at: new Date() })
    } catch (e: any) {
      await save({ status: "failed", error: String(e?.message ?? e).slice(0, 500), finished_at: new Date() })
    }
  } finally {
    running.delete(importId)
  }
}
