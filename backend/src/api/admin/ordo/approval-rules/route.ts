import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { approvalRules } from "../../../../queries/approval/rules"
import { createApprovalRuleWorkflow } from "../../../../workflows/approval/create-approval-rule"
import type { ApprovalRuleBody } from "./validators"

/** Staff: the approval rules, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rules: await approvalRules(req.scope) })
}

/** Staff: a new approval rule. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ApprovalRuleBody>>, res: MedusaResponse) {
  const { result: rule } = await createApprovalRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ rule })
}
