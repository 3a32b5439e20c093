import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveSkuAliasesStep } from "./steps/save-sku-aliases"
import { updateChannelOrderStep } from "./steps/update-channel-order"

export type ChannelOrderResolution = {
  channel_order_id: string
  connection_id: string
  /** External SKU (or "line:<id>" for a line without one) → our variant. */
  skus?: Record<string, string>
  customer_id?: string
  /** Remember the SKU mappings for this connection's later orders. */
  remember?: boolean
}

/** Staff's answer to an exception: SKUs mapped (and remembered as aliases) and/or the customer picked. */
export const resolveChannelOrderWorkflow = createWorkflow(
  "ordo-resolve-channel-order",
  (input: ChannelOrderResolution) => {
    saveSkuAliasesStep(
      transform({ input }, ({ input }) => ({
        connection_id: input.connection_id,
        aliases:
          input.remember === false
            ? {}
            : Object.fromEntries(Object.entries(input.skus ?? {}).filter(([k]) => !k.startsWith("line:"))),
      })),
    )
    const updated = updateChannelOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.channel_order_id,
        resolution: { skus: input.skus ?? {}, ...(input.customer_id ? { customer_id: input.customer_id } : {}) },
      })),
    )
    return new WorkflowResponse(updated)
  },
)
