import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyDecimals, tooManyDecimals } from "../../../domain/money"
import type { Actor } from "../../../domain/names"
import { inventoryLevels, stockLocations } from "../../../queries/stock/levels"
import { variantsBySku } from "../../../queries/stock/variants"
import type { ReceiptInput } from "./create-purchase-receipt"
import type { MovementInput } from "./record-stock-movements"

export type ReceiveInput = {
  supplier: string
  received_at: Date | string
  reference?: string | null
  currency_code: string
  lines: { sku: string; location_id: string; quantity: number; unit_cost: string }[]
  /** false: an opening balance for stock already counted (cost layers only). */
  adds_stock?: boolean
  actor: Actor | null
}

export const prepareReceiptStepId = "ordo-prepare-purchase-receipt"

/**
 * What goods received change: the receipt with one FIFO cost layer per line, and (unless it is
 * an opening balance) stock up at each line's location with an audit row. Refuses, naming the
 * line, an unknown SKU or location and costs with more decimals than the currency. Reads only.
 */
export const prepareReceiptStep = createStep(prepareReceiptStepId, async (input: ReceiveInput, { container }) => {
  const variants = await variantsBySku(
    container,
    input.lines.map((l) => l.sku),
  )
  const locations = new Set((await stockLocations(container)).map((l) => l.id))
  const lines = input.lines.map((l, i) => {
    const v = variants.get(l.sku.trim().toUpperCase())
    if (!v?.inventory_item_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.sku: no stock-tracked product has SKU "${l.sku}"`,
      )
    }
    if (!locations.has(l.location_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.location_id: no stock location ${l.location_id}`,
      )
    }
    if (tooManyDecimals(l.unit_cost, input.currency_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines.${i}.unit_cost: ${input.currency_code.toUpperCase()} has ${currencyDecimals(input.currency_code)} decimals at most`,
      )
    }
    return {
      variant_id: v.variant_id,
      inventory_item_id: v.inventory_item_id,
      sku: v.sku,
      location_id: l.location_id,
      quantity: l.quantity,
      unit_cost: l.unit_cost,
    }
  })
  const addsStock = input.adds_stock !== false
  const levels = addsStock
    ? await inventoryLevels(
        container,
        lines.map((l) => l.inventory_item_id),
      )
    : []
  const missing = new Map<string, { inventory_item_id: string; location_id: string; stocked_quantity: number }>()
  if (addsStock) {
    for (const l of lines) {
      if (!levels.some((x) => x.inventory_item_id === l.inventory_item_id && x.location_id === l.location_id)) {
        missing.set(`${l.inventory_item_id}:${l.location_id}`, {
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          stocked_quantity: 0,
        })
      }
    }
  }
  const actor = input.actor ?? { id: "system", name: "system" }
  const receipt: ReceiptInput = {
    supplier: input.supplier,
    received_at: new Date(input.received_at),
    reference: input.reference ?? null,
    currency_code: input.currency_code,
    created_by: input.actor?.id ?? null,
    adds_stock: addsStock,
    lines,
  }
  const movements: MovementInput[] = addsStock
    ? lines.map((l) => ({
        kind: "receipt",
        inventory_item_id: l.inventory_item_id,
        variant_id: l.variant_id,
        sku: l.sku,
        from_location_id: null,
        to_location_id: l.location_id,
        quantity: l.quantity,
        reason: `Received from ${input.supplier}`,
        reference: input.reference ?? null,
        actor_id: actor.id,
        actor_name: actor.name,
      }))
    : []
  return new StepResponse({
    receipt,
    create_levels: [...missing.values()],
    changes: addsStock
      ? lines.map((l) => ({
          inventory_item_id: l.inventory_item_id,
          location_id: l.location_id,
          adjustment: l.quantity,
        }))
      : [],
    movements,
    lock_keys: addsStock ? lines.map((l) => `ordo:stock:${l.inventory_item_id}`) : [],
    inventory_item_ids: lines.map((l) => l.inventory_item_id),
  })
})
