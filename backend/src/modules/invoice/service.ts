import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Invoice } from "./models/invoice"
import { InvoiceLine } from "./models/invoice-line"
import { InvoiceSequence } from "./models/invoice-sequence"
import { PaymentAllocation } from "./models/payment-allocation"
import { PaymentRecord } from "./models/payment-record"

export const SERIES_PREFIX = { invoice: "INV", deposit: "INV", credit_note: "CN" } as const

export type NumberedInvoiceInput = {
  kind: keyof typeof SERIES_PREFIX
  company_id: string
  order_id?: string | null
  fulfillment_id?: string | null
  source_invoice_id?: string | null
  reason?: string | null
  currency_code: string
  subtotal: string
  tax_total: string
  total: string
  /** Dates may arrive as ISO strings: workflow inputs are serialised. */
  issued_at: Date | string
  due_at: Date | string
  lines: {
    sku?: string | null
    title: string
    quantity: number
    unit_price: string
    tax_rate: string
    subtotal: string
    tax_total: string
    total: string
  }[]
}

class InvoiceModuleService extends MedusaService({
  Invoice,
  InvoiceLine,
  InvoiceSequence,
  PaymentRecord,
  PaymentAllocation,
}) {
  /**
   * Issues an invoice with the next number of its series and year. The sequence row is bumped
   * (an upsert, which row-locks it) in the same transaction as the invoice insert: concurrent
   * issuers queue on the lock, and a failed insert rolls the number back, so numbers never skip.
   */
  @InjectTransactionManager()
  async issueNumberedInvoice(input: NumberedInvoiceInput, @MedusaContext() sharedContext: Context = {}) {
    const series = SERIES_PREFIX[input.kind]
    const year = new Date(input.issued_at).getUTCFullYear()
    const manager = sharedContext.transactionManager as any
    const [row] = await manager.execute(
      `insert into invoice_sequence (id, series, year, last) values (?, ?, ?, 1)
       on conflict (series, year) where deleted_at is null
       do update set last = invoice_sequence.last + 1, updated_at = now()
       returning last`,
      [generateEntityId(undefined, "iseq"), series, year],
    )
    const sequence = Number(row.last)
    const { lines, ...header } = input
    const [invoice] = await this.createInvoices(
      [
        {
          ...header,
          number: `${series}-${year}-${String(sequence).padStart(6, "0")}`,
          year,
          sequence,
          paid_total: "0",
          status: "issued",
          lines: lines as any,
        } as any,
      ],
      sharedContext,
    )
    return invoice
  }
}

export default InvoiceModuleService
