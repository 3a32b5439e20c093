import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderMarginView } from "../../../../../../queries/stock/costs"
import { notFound } from "../../../../../http"

/** Staff: an order's FIFO cost of goods and gross margin (net of VAT), who entered it and its sales rep. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const margin = await orderMarginView(req.scope, req.params.id)
  if (!margin) throw notFound("Order", req.params.id)
  res.json(margin)
}
