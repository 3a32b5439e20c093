import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShippedLine = { order_item_id: string; variant_id: string; quantity: number }

export const resolveShippedLinesStepId = "ordo-resolve-shipped-lines"

/** The variant lines a fulfillment shipped and where from (none when it is not this order's). Reads only. */
export const resolveShippedLinesStep = createStep(
  resolveShippedLinesStepId,
  async (input: { order_id: string; fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.variant_id",
        "fulfillments.id",
        "fulfillments.location_id",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    const fulfillment = (order?.fulfillments ?? []).find((f: any) => f?.id === input.fulfillment_id) as any
    const variantOf = new Map(
      (order?.items ?? []).filter(Boolean).map((i: any) => [i.id as string, i.variant_id as string | null]),
    )
    const lines: ShippedLine[] = (fulfillment?.items ?? [])
      .filter((i: any) => i && variantOf.get(i.line_item_id) && Number(i.quantity) > 0)
      .map((i: any) => ({
        order_item_id: i.line_item_id as string,
        variant_id: variantOf.get(i.line_item_id) as string,
        quantity: Number(i.quantity),
      }))
    return new StepResponse({ location_id: (fulfillment?.location_id as string | null) ?? null, lines })
  },
)
