import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { APPROVAL_MODULE } from "../../../../../modules/approval"
import type ApprovalModuleService from "../../../../../modules/approval/service"
import type { ApprovalRuleUpdate } from "../validators"

/** Rule edits apply to orders placed from now on; waiting requests keep the reasons they had. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ApprovalRuleUpdate>>, res: MedusaResponse) {
  const approvals: ApprovalModuleService = req.scope.resolve(APPROVAL_MODULE)
  await approvals.retrieveApprovalRule(req.params.id)
  const rule = await approvals.updateApprovalRules({ id: req.params.id, ...req.validatedBody } as any)
  res.json({ rule })
}
