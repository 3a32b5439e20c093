import { model } from "@medusajs/framework/utils"
import { InvoiceLine } from "./invoice-line"

/**
 * An invoice or credit note. `number` is gapless per year (INV-2026-000123 / CN-2026-000004),
 * taken from `invoice_sequence` in the same transaction as the insert. Amounts are decimals in
 * the order's currency; `paid_total` is what allocations have settled. Overdue is derived from
 * `due_at`, never stored.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    number: model.text().unique(),
    year: model.number(),
    sequence: model.number(),
    kind: model.enum(["invoice", "credit_note", "deposit"]).default("invoice"),
    company_id: model.text(),
    order_id: model.text().nullable(),
    /** One invoice per fulfillment: a repeated event cannot invoice twice. */
    fulfillment_id: model.text().nullable(),
    currency_code: model.text(),
    subtotal: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    paid_total: model.bigNumber().default(0),
    status: model.enum(["issued", "partially_paid", "paid", "void"]).default("issued"),
    issued_at: model.dateTime(),
    due_at: model.dateTime(),
    void_reason: model.text().nullable(),
    /** Credit notes: the invoice they correct, and why. */
    source_invoice_id: model.text().nullable(),
    reason: model.text().nullable(),
    lines: model.hasMany(() => InvoiceLine, { mappedBy: "invoice" }),
  })
  .indexes([
    { on: ["fulfillment_id"], unique: true, where: "fulfillment_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["company_id", "status"] },
    { on: ["order_id"] },
    // Reports: invoices issued in a period (payment rate by region); open ones by due date (overdue, receivables per rep).
    { on: ["currency_code", "issued_at"], where: "deleted_at IS NULL" },
    // Wide on purpose: overdue-now and receivables-per-rep sum open invoices from the index alone.
    {
      on: ["currency_code", "due_at", "company_id", "kind", "total", "paid_total"],
      where: "status IN ('issued', 'partially_paid') AND deleted_at IS NULL",
    },
    // The payment-rate rollup refreshes the issue months of invoices changed since its last run.
    { on: ["updated_at"], where: "deleted_at IS NULL" },
  ])
  .cascades({ delete: ["lines"] })
