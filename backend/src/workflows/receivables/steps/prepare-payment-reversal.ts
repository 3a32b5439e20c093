import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export const preparePaymentReversalStepId = "ordo-prepare-payment-reversal"

/** The balances a reversal (a bounced transfer, a chargeback) puts back; refuses a payment already reversed. Reads only. */
export const preparePaymentReversalStep = createStep(
  preparePaymentReversalStepId,
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const [payment] = await container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listPaymentRecords({ id: payment_id }, { relations: ["allocations"] })
    if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${payment_id} was not found`)
    if (payment.reversed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment is already reversed")
    return new StepResponse(
      (payment.allocations ?? []).map((a: any) => ({ invoice_id: a.invoice_id, amount: `-${String(a.amount)}` })),
    )
  },
)
