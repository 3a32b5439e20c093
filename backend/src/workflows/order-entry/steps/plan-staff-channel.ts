import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_NAME } from "../../../queries/order-entry/staff-channel"

export const planStaffChannelStepId = "ordo-plan-staff-channel"

/**
 * The "Staff entry" channel if it exists, and the stock locations of the store's default channel
 * it is not yet stocked from. Reads only.
 */
export const planStaffChannelStep = createStep(
  planStaffChannelStepId,
  async (_input: Record<string, never>, { container }) => {
    const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: STAFF_CHANNEL_NAME })
    const [store] = await container.resolve(Modules.STORE).listStores()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [store?.default_sales_channel_id, channel?.id].filter(Boolean) as string[]
    const { data } = ids.length
      ? await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: ids } })
      : { data: [] as any[] }
    const locationsOf = (id?: string | null) =>
      ((data.find((c: any) => c.id === id)?.stock_locations ?? []) as any[]).filter(Boolean).map((l) => l.id as string)
    const linked = new Set(locationsOf(channel?.id))
    return new StepResponse({
      channel_id: (channel?.id as string | undefined) ?? null,
      missing_location_ids: locationsOf(store?.default_sales_channel_id).filter((id) => !linked.has(id)),
    })
  },
)
