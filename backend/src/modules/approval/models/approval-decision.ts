import { model } from "@medusajs/framework/utils"
import { ApprovalRequest } from "./approval-request"

/** One decision on one level of a request: who, in which role, when, and why. One per level. */
export const ApprovalDecision = model
  .define("approval_decision", {
    id: model.id({ prefix: "apdec" }).primaryKey(),
    level: model.number(),
    role: model.text(),
    decision: model.enum(["approved", "rejected"]),
    actor_type: model.enum(["customer", "user"]),
    actor_id: model.text(),
    actor_name: model.text(),
    comment: model.text().nullable(),
    request: model.belongsTo(() => ApprovalRequest, { mappedBy: "decisions" }),
  })
  .indexes([{ on: ["request_id", "level"], unique: true, where: "deleted_at IS NULL" }])
