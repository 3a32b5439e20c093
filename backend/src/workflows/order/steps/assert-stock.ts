import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../domain/errors"
import { shortageMessage } from "../../../domain/stock"
import { findStockShortages } from "../../../queries/stock/stock-shortages"
import type { PricedLine } from "../types"

export const assertStockStepId = "ordo-assert-stock"

/**
 * Gate: stock. Each line must fit in one warehouse of the order's sales channel (an order line
 * is reserved at a single location), unless the product allows backorders or keeps no stock.
 * Runs under the stock locks the workflow holds, so no two orders can both take the last
 * units. Reads only.
 */
export const assertStockStep = createStep(
  assertStockStepId,
  async (
    { lines, sales_channel_id, approving }: { lines: PricedLine[]; sales_channel_id: string; approving?: boolean },
    { container },
  ) => {
    const shortages = await findStockShortages(
      container.resolve(ContainerRegistrationKeys.QUERY),
      sales_channel_id,
      lines.map((l) => ({
        variant_id: l.variant_id,
        sku: l.sku,
        quantity: l.quantity,
        allow_backorder: l.allow_backorder,
      })),
    )
    if (!shortages.length) return new StepResponse(true)
    // At the last approval the stock was there when the order was sent: someone took it since.
    if (approving)
      throw conflict(`Cannot approve yet, stock is short: ${shortageMessage(shortages)}. Nothing was recorded.`)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages))
  },
)
