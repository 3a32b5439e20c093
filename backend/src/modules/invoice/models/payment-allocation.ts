import { model } from "@medusajs/framework/utils"
import { PaymentRecord } from "./payment-record"

/** Part of a payment settling one invoice. */
export const PaymentAllocation = model
  .define("payment_allocation", {
    id: model.id({ prefix: "palloc" }).primaryKey(),
    invoice_id: model.text(),
    amount: model.bigNumber(),
    payment: model.belongsTo(() => PaymentRecord, { mappedBy: "allocations" }),
  })
  .indexes([{ on: ["invoice_id"] }])
