import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { detectAlertsWorkflow } from "../../../../../workflows/alerts/detect-alerts"

/** Manager: run the daily alert detection now; answers the alerts newly raised (none when run again). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await detectAlertsWorkflow(req.scope).run({ input: { now: new Date().toISOString() } })
  res.json({ raised: result })
}
