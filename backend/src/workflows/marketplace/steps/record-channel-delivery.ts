import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ImportAction, importAction, type MarketplaceOrder } from "../../../domain/marketplace"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

export type ChannelDelivery = {
  connection_id: string
  order: MarketplaceOrder
  source: "webhook" | "poll" | "file" | "manual"
}

type Undo = { created?: string; previous?: Record<string, unknown> }

/**
 * Writes down one delivery of a marketplace order under its (connection, external id) key and
 * decides what the import does with it (domain/marketplace `importAction`). The first delivery
 * creates the record; a newer one replaces the payload; an older or equal one changes nothing.
 * Compensation deletes what it created or puts the previous payload back.
 */
export const recordChannelDeliveryStep = createStep(
  "ordo-record-channel-delivery",
  async (input: ChannelDelivery, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const [seen] = await channels.listChannelOrders({
      connection_id: input.connection_id,
      external_id: input.order.external_id,
    } as any)
    const action: ImportAction = importAction(seen as any, input.order)
    const fields = {
      external_number: input.order.external_number,
      external_status: input.order.status,
      external_updated_at: new Date(input.order.updated_at),
      payload: input.order as unknown as Record<string, unknown>,
    }
    if (!seen) {
      const created = await channels.createChannelOrders({
        connection_id: input.connection_id,
        external_id: input.order.external_id,
        source: input.source,
        status: action.kind === "wait" ? "waiting" : action.kind === "record-cancelled" ? "cancelled" : "received",
        ...fields,
      } as any)
      return new StepResponse({ record: created, action }, { created: created.id } as Undo)
    }
    if (action.kind === "duplicate") return new StepResponse({ record: seen, action }, {} as Undo)
    const previous = {
      id: seen.id,
      external_number: seen.external_number,
      external_status: seen.external_status,
      external_updated_at: seen.external_updated_at,
      payload: seen.payload,
      status: seen.status,
    }
    const updated = await channels.updateChannelOrders({
      id: seen.id,
      ...fields,
      ...(action.kind === "wait" ? { status: "waiting" } : {}),
      ...(action.kind === "record-cancelled" ? { status: "cancelled" } : {}),
      ...(action.kind === "place" && seen.status === "waiting" ? { status: "received" } : {}),
    } as any)
    return new StepResponse({ record: updated, action }, { previous } as Undo)
  },
  async (undo, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    if (undo?.created) await channels.deleteChannelOrders(undo.created)
    if (undo?.previous) await channels.updateChannelOrders(undo.previous as any)
  },
)
