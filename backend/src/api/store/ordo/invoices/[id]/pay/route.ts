import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { balanceOf } from "../../../../../../domain/invoice-math"
import { stripe, toMinorUnits } from "../../../../../../lib/stripe"
import { INVOICE_MODULE } from "../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../modules/invoice/service"
import { buyerScope } from "../../../../../../queries/company/buyer-scope"
import { notFound } from "../../../../../http"

/**
 * A buyer pays an open invoice by card: a Stripe PaymentIntent for its balance, tagged with the
 * invoice. The payment is recorded only when Stripe's signed webhook says it succeeded.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { invoice, amount } = await payableInvoice(req)
  const intent = await stripe().paymentIntents.create(
    {
      amount,
      currency: invoice.currency_code,
      description: `Invoice ${invoice.number}`,
      metadata: { invoice_id: invoice.id, company_id: invoice.company_id, invoice_number: invoice.number },
      automatic_payment_methods: { enabled: true },
    },
    // The same balance of the same invoice reuses the same intent if the buyer clicks twice.
    { idempotencyKey: `ordo-invoice-${invoice.id}-${amount}` },
  )
  res.json({
    payment_intent_id: intent.id,
    client_secret: intent.client_secret,
    amount,
    currency: invoice.currency_code,
  })
}

/** An open invoice of the signed-in buyer's company with something left to pay (404 / 400 otherwise). */
export async function payableInvoice(req: AuthenticatedMedusaRequest<any>) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  const [invoice] = scope.membership
    ? await req.scope
        .resolve<InvoiceModuleService>(INVOICE_MODULE)
        .listInvoices({ id: req.params.id, company_id: scope.membership.company_id })
    : []
  if (!invoice) throw notFound("Invoice", req.params.id)
  const balance = balanceOf(invoice)
  if (invoice.status === "void" || invoice.kind === "credit_note" || !balance.gt(0)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Invoice ${invoice.number} has nothing left to pay`)
  }
  return { invoice, amount: toMinorUnits(balance, invoice.currency_code) }
}
