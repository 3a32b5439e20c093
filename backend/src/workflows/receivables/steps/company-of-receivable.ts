import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const companyOfReceivableStepId = "ordo-company-of-receivable"

/** The company a payment, an invoice or a credit note belongs to, to take its receivables lock; 404 when neither exists. Reads only. */
export const companyOfReceivableStep = createStep(
  companyOfReceivableStepId,
  async (input: { payment_id?: string; invoice_id?: string; credit_note_id?: string }, { container }) => {
    const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
    if (input.payment_id) {
      const [p] = await invoices.listPaymentRecords({ id: input.payment_id }, { select: ["id", "company_id"] })
      if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${input.payment_id} was not found`)
      return new StepResponse(p.company_id as string)
    }
    if (input.credit_note_id) {
      const [n] = await invoices.listInvoices({ id: input.credit_note_id }, { select: ["id", "company_id", "kind"] })
      if (n?.kind !== "credit_note") {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit note with id: ${input.credit_note_id} was not found`)
      }
      return new StepResponse(n.company_id as string)
    }
    const [i] = await invoices.listInvoices({ id: input.invoice_id }, { select: ["id", "company_id", "kind"] })
    if (!i || i.kind === "credit_note") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${input.invoice_id} was not found`)
    }
    return new StepResponse(i.company_id as string)
  },
)
