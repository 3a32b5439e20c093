import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stockControl } from "../../../../../lib/stock-control"

/** Staff: the audit of manual stock changes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sku = req.query.sku ? String(req.query.sku).trim().toUpperCase() : undefined
  const movements = await stockControl(req.scope).listStockMovements(sku ? { sku } : {}, {
    order: { created_at: "DESC" },
    take: 200,
  })
  res.json({ movements })
}
