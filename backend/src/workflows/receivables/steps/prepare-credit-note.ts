import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditNoteLines, invoiceTotals } from "../../../domain/invoice-math"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { NumberedInvoiceInput } from "../../../modules/invoice/service"

export const prepareCreditNoteStepId = "ordo-prepare-credit-note"

/**
 * A credit note for returned or corrected lines of an invoice, priced exactly as invoiced, never
 * more per line than was invoiced less earlier credit notes (domain/invoice-math.ts). Refuses
 * a void invoice or lines it does not have, naming them. Reads only.
 */
export const prepareCreditNoteStep = createStep(
  prepareCreditNoteStepId,
  async (input: { invoice_id: string; reason: string; lines: { sku: string; quantity: number }[] }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    const [invoice] = await invoices.listInvoices({ id: input.invoice_id }, { relations: ["lines"] })
    if (!invoice || invoice.kind === "credit_note") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${input.invoice_id} was not found`)
    }
    if (invoice.status === "void")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A void invoice cannot be credited")
    const earlier = await invoices.listInvoices({ source_invoice_id: invoice.id, status: { $ne: "void" } } as any, {
      relations: ["lines"],
    })
    const { lines, problems } = creditNoteLines(invoice as any, earlier as any, input.lines)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    const issuedAt = new Date()
    const note: NumberedInvoiceInput = {
      kind: "credit_note",
      company_id: invoice.company_id,
      order_id: invoice.order_id,
      source_invoice_id: invoice.id,
      reason: input.reason,
      currency_code: invoice.currency_code,
      ...invoiceTotals(lines, invoice.currency_code),
      issued_at: issuedAt,
      due_at: issuedAt,
    }
    return new StepResponse(note)
  },
)
