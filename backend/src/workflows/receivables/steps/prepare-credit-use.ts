import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planCreditUse } from "../../../domain/invoice-math"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { openInvoices } from "../../../queries/receivables/invoicing"

export const prepareCreditUseStepId = "ordo-prepare-credit-use"

/**
 * Which invoices a payment's unallocated credit will settle (explicitly or oldest due first),
 * read under the company's lock. Refuses a reversed payment, one with no credit left, or
 * allocations beyond the credit or a balance. Reads only.
 */
export const prepareCreditUseStep = createStep(
  prepareCreditUseStepId,
  async (input: { payment_id: string; allocations?: { invoice_id: string; amount: string }[] }, { container }) => {
    const [payment] = await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listPaymentRecords({ id: input.payment_id })
    if (!payment)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${input.payment_id} was not found`)
    if (payment.reversed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment was reversed")
    const plan = planCreditUse(
      String(payment.unallocated),
      await openInvoices(container, payment.company_id),
      input.allocations,
    )
    if (plan.problems.length) {
      const type = plan.problems[0].startsWith("This payment")
        ? MedusaError.Types.NOT_ALLOWED
        : MedusaError.Types.INVALID_DATA
      throw new MedusaError(type, plan.problems.join("; "))
    }
    return new StepResponse({
      payment_id: payment.id,
      company_id: payment.company_id,
      unallocated: plan.unallocated,
      allocations: plan.allocations,
    })
  },
)
