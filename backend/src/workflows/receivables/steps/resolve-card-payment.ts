import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromMinorUnits, type StripePaymentEvent } from "@ordo/stripe"
import { balanceOf } from "../../../domain/invoice-math"
import { dec } from "../../../domain/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import type { PaymentInput } from "./prepare-payment"

export const resolveCardPaymentStepId = "ordo-resolve-card-payment"

/**
 * A card payment Stripe confirmed, as a payment of the invoice it names: refused when the invoice
 * is unknown or the currency differs. The invoice's open balance is settled; what it no longer
 * needs (paid meanwhile by transfer) stays as company credit. Keyed by the PaymentIntent, so both
 * events of one payment, or one delivered twice, are one payment. Reads only.
 */
export const resolveCardPaymentStep = createStep(
  resolveCardPaymentStepId,
  async (input: Extract<StripePaymentEvent, { kind: "card_payment" }>, { container }) => {
    const [invoice] = input.invoice_id
      ? await container.resolve<InvoiceModuleService>(INVOICE_MODULE).listInvoices({ id: input.invoice_id })
      : []
    if (!invoice) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `invoice_id: no invoice ${input.invoice_id ?? "(none in metadata)"}`,
      )
    }
    if (input.currency !== invoice.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency: ${input.currency} does not match invoice ${invoice.number}`,
      )
    }
    const amount = fromMinorUnits(input.amount_minor, invoice.currency_code)
    const open = invoice.status === "issued" || invoice.status === "partially_paid"
    const balance = balanceOf(invoice)
    const allocate = open && balance.gt(0) ? (balance.lt(dec(amount)) ? balance : dec(amount)).toFixed() : null
    return new StepResponse<PaymentInput>({
      company_id: invoice.company_id,
      amount,
      currency_code: invoice.currency_code,
      method: "card",
      reference: input.payment_intent_id,
      idempotency_key: `stripe:${input.payment_intent_id}`,
      allocations: allocate ? [{ invoice_id: invoice.id, amount: allocate }] : [],
      auto_allocate: false,
    })
  },
)
