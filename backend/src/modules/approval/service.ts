import { MedusaService } from "@medusajs/framework/utils"
import { ApprovalDecision } from "./models/approval-decision"
import { ApprovalRequest } from "./models/approval-request"
import { ApprovalRule } from "./models/approval-rule"

class ApprovalModuleService extends MedusaService({ ApprovalRule, ApprovalRequest, ApprovalDecision }) {}

export default ApprovalModuleService
