import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { updateApprovalRuleWorkflow } from "../../../../../workflows/approval/update-approval-rule"
import type { ApprovalRuleUpdate } from "../validators"

/** Rule edits apply to orders placed from now on; waiting requests keep the reasons they had. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ApprovalRuleUpdate>>, res: MedusaResponse) {
  const { result: rule } = await updateApprovalRuleWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ rule })
}
