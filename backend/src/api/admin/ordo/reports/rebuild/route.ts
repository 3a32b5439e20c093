import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebuildSalesReportsWorkflow } from "../../../../../workflows/reporting/rebuild-sales-reports"
import type { RebuildBody } from "../validators"

/** Manager: records every order's sales facts again (or only `order_ids`') and recomputes the rollups. */
export async function POST(req: AuthenticatedMedusaRequest<RebuildBody>, res: MedusaResponse) {
  const { result } = await rebuildSalesReportsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
