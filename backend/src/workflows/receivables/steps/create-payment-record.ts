import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

/** A payment record (money received); compensation deletes it. */
export const createPaymentRecordStep = createStep(
  "ordo-create-payment-record",
  async (input: Record<string, unknown>, { container }) => {
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    const payment = await invoices.createPaymentRecords(input as any)
    return new StepResponse(payment, payment.id)
  },
  async (id, { container }) => {
    if (!id) return
    const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
    await invoices.deletePaymentRecords(id)
  },
)
