import type { MedusaContainer } from "@medusajs/framework/types"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"

/** Every approval rule, oldest first. */
export const approvalRules = (container: MedusaContainer) =>
  container.resolve<ApprovalModuleService>(APPROVAL_MODULE).listApprovalRules({}, { order: { created_at: "ASC" } })
