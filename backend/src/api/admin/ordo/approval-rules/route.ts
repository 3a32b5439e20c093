import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { APPROVAL_MODULE } from "../../../../modules/approval"
import type ApprovalModuleService from "../../../../modules/approval/service"
import type { ApprovalRuleBody } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const approvals: ApprovalModuleService = req.scope.resolve(APPROVAL_MODULE)
  res.json({ rules: await approvals.listApprovalRules({}, { order: { created_at: "ASC" } }) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ApprovalRuleBody>>, res: MedusaResponse) {
  const approvals: ApprovalModuleService = req.scope.resolve(APPROVAL_MODULE)
  const rule = await approvals.createApprovalRules(req.validatedBody as any)
  res.status(201).json({ rule })
}
