import { model } from "@medusajs/framework/utils"
import { ApprovalDecision } from "./approval-decision"

/**
 * An order waiting for approval. `chain` is the ordered list of roles that must approve;
 * `reasons` the rules that triggered it, copied at request time so later rule edits do not
 * rewrite history.
 */
export const ApprovalRequest = model
  .define("approval_request", {
    id: model.id({ prefix: "apreq" }).primaryKey(),
    order_id: model.text(),
    quote_id: model.text().nullable(),
    company_id: model.text(),
    requested_by: model.text(),
    /** `superseded`: the order changed after the request, so approval started again on a new one. */
    status: model.enum(["pending", "approved", "rejected", "superseded"]).default("pending"),
    chain: model.json(),
    reasons: model.json(),
    current_level: model.number().default(1),
    order_total: model.bigNumber(),
    currency_code: model.text(),
    decided_at: model.dateTime().nullable(),
    /** What was sent for approval (domain/order-gates.ts orderFingerprint); checked at every decision. */
    fingerprint: model.text().nullable(),
    decisions: model.hasMany(() => ApprovalDecision, { mappedBy: "request" }),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL AND status <> 'superseded'" },
    { on: ["company_id", "status"] },
  ])
  .cascades({ delete: ["decisions"] })
