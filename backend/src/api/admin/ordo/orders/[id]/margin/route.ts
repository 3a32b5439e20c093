import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderMargin } from "../../../../../../lib/costing"

/** Staff: an order's FIFO cost of goods and gross margin (net of VAT). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const margin = await orderMargin(req.scope, req.params.id)
  if (!margin) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} not found`)
  res.json(margin)
}
