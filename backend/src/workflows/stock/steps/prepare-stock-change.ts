import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"
import type { Actor } from "../../../domain/names"
import { inventoryLevels } from "../../../queries/stock/levels"
import type { StockVariant } from "../../../queries/stock/variants"
import type { MovementInput } from "./record-stock-movements"

export type StockChange = {
  kind: "adjustment" | "transfer"
  variant: StockVariant & { inventory_item_id: string }
  from_location_id?: string
  to_location_id: string
  /** Signed for an adjustment (+ found, − lost); positive for a transfer. */
  quantity: number
  reason: string
  actor: Actor
}

export const prepareStockChangeStepId = "ordo-prepare-stock-change"

/**
 * The level changes and audit row of a manual stock change, read under the item's stock lock:
 * stock can never go below what orders have reserved, nor a transfer move more than is free at
 * its source (409 naming what is left). Reads only.
 */
export const prepareStockChangeStep = createStep(
  prepareStockChangeStepId,
  async (input: StockChange, { container }) => {
    const item = input.variant.inventory_item_id
    const levels = await inventoryLevels(container, [item])
    const at = (location?: string) => levels.find((l) => l.location_id === location)
    const to = at(input.to_location_id)
    const changes: { inventory_item_id: string; location_id: string; adjustment: number }[] = []
    if (input.kind === "adjustment") {
      if (!to && input.quantity < 0)
        throw conflict(`SKU ${input.variant.sku} has no stock at this location to take away`)
      if (to && input.quantity < 0 && to.available + input.quantity < 0) {
        throw conflict(
          `SKU ${input.variant.sku}: only ${to.available} available at this location (${to.reserved} reserved for orders); cannot remove ${-input.quantity}`,
        )
      }
      changes.push({ inventory_item_id: item, location_id: input.to_location_id, adjustment: input.quantity })
    } else {
      const from = at(input.from_location_id)
      if (!from || from.available < input.quantity) {
        throw conflict(
          `SKU ${input.variant.sku}: only ${from?.available ?? 0} available at the source location; cannot transfer ${input.quantity}`,
        )
      }
      changes.push(
        { inventory_item_id: item, location_id: input.from_location_id as string, adjustment: -input.quantity },
        { inventory_item_id: item, location_id: input.to_location_id, adjustment: input.quantity },
      )
    }
    const movement: MovementInput = {
      kind: input.kind,
      inventory_item_id: item,
      variant_id: input.variant.variant_id,
      sku: input.variant.sku,
      from_location_id: input.from_location_id ?? null,
      to_location_id: input.to_location_id,
      quantity: input.quantity,
      reason: input.reason,
      reference: null,
      actor_id: input.actor.id,
      actor_name: input.actor.name,
    }
    return new StepResponse({
      create_levels: to ? [] : [{ inventory_item_id: item, location_id: input.to_location_id, stocked_quantity: 0 }],
      changes,
      movements: [movement],
    })
  },
)
