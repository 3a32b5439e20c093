import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { balanceOf } from "../../../domain/invoice-math"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const resolvePayableInvoiceStepId = "ordo-resolve-payable-invoice"

/**
 * An open invoice of the buyer's company with something left to pay: 404 for another company's
 * (nothing revealed), refused when it is void, a credit note or paid. Reads only.
 */
export const resolvePayableInvoiceStep = createStep(
  resolvePayableInvoiceStepId,
  async (input: { invoice_id: string; company_id: string }, { container }) => {
    const [invoice] = await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listInvoices({ id: input.invoice_id, company_id: input.company_id })
    if (!invoice)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice with id: ${input.invoice_id} was not found`)
    const balance = balanceOf(invoice)
    if (invoice.status === "void" || invoice.kind === "credit_note" || !balance.gt(0)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Invoice ${invoice.number} has nothing left to pay`)
    }
    return new StepResponse({
      id: invoice.id as string,
      number: invoice.number as string,
      company_id: invoice.company_id as string,
      currency_code: invoice.currency_code as string,
      balance: balance.toFixed(),
    })
  },
)
