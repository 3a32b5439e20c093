import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { alertSettings } from "../../../../../queries/reporting/alerts"
import { saveAlertRulesWorkflow } from "../../../../../workflows/alerts/save-alert-rules"
import type { AlertRulesBody } from "../../dashboard/validators"

/** Staff: the alert rules (order-drop threshold, compared period, minimum orders before). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rules: await alertSettings(req.scope) })
}

/** Manager: change them. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AlertRulesBody>>, res: MedusaResponse) {
  const { result } = await saveAlertRulesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ rules: result })
}
