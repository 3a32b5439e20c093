import { progressOfItems } from "../../domain/order-state"

/**
 * The item fields an order's shipping progress needs. Asked together with `items.detail.*`,
 * Medusa's query leaves `items.quantity` out, so the quantity is read from the detail too.
 */
export const PROGRESS_FIELDS = [
  "items.id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.delivered_quantity",
]

export const progressOfOrderItems = (o: any) =>
  progressOfItems(
    (o?.items ?? []).map((i: any) => ({
      quantity: i.quantity ?? i.detail?.quantity,
      fulfilled_quantity: i.detail?.fulfilled_quantity,
      delivered_quantity: i.detail?.delivered_quantity,
    })),
  )
