import { model } from "@medusajs/framework/utils"
import { PaymentAllocation } from "./payment-allocation"

/**
 * Money received from a company (bank transfer, cash, cheque, card). What is not allocated to
 * invoices is the company's credit. `idempotency_key` (e.g. a Stripe event id) is unique, so the
 * same receipt is never recorded twice.
 */
export const PaymentRecord = model
  .define("payment_record", {
    id: model.id({ prefix: "pay" }).primaryKey(),
    company_id: model.text(),
    method: model.enum(["bank_transfer", "cash", "cheque", "card"]),
    reference: model.text().nullable(),
    amount: model.bigNumber(),
    unallocated: model.bigNumber(),
    currency_code: model.text(),
    received_at: model.dateTime(),
    idempotency_key: model.text().nullable(),
    reversed_at: model.dateTime().nullable(),
    reversal_reason: model.text().nullable(),
    recorded_by: model.text().nullable(),
    allocations: model.hasMany(() => PaymentAllocation, { mappedBy: "payment" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL AND deleted_at IS NULL" },
    { on: ["company_id"] },
    // Dashboard: payments received in a period.
    { on: ["currency_code", "received_at"], where: "deleted_at IS NULL" },
  ])
  .cascades({ delete: ["allocations"] })
