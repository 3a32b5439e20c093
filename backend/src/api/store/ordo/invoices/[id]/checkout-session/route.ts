import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { buyerScope, notFound } from "../../../../../../lib/company-scope"
import { balanceOf } from "../../../../../../lib/receivables"
import { stripe, toMinorUnits } from "../../../../../../lib/stripe"
import { INVOICE_MODULE } from "../../../../../../modules/invoice"
import type InvoiceModuleService from "../../../../../../modules/invoice/service"

export const CheckoutSessionBody = z
  .object({
    success_url: z.string().url("success_url: a full URL"),
    cancel_url: z.string().url("cancel_url: a full URL"),
  })
  .strict()

/**
 * Pay an invoice by card on Stripe's hosted page (works without JavaScript in the storefront):
 * a Checkout Session for the balance; the PaymentIntent carries the invoice in its metadata, so
 * the webhook records it whichever of the two events arrives.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CheckoutSessionBody>>, res: MedusaResponse) {
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
  const amount = toMinorUnits(balance, invoice.currency_code)
  const metadata = { invoice_id: invoice.id, company_id: invoice.company_id, invoice_number: invoice.number }
  const session = await stripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: invoice.currency_code,
            unit_amount: amount,
            product_data: { name: `Invoice ${invoice.number}` },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      success_url: req.validatedBody.success_url,
      cancel_url: req.validatedBody.cancel_url,
    },
    { idempotencyKey: `ordo-invoice-session-${invoice.id}-${amount}` },
  )
  res.json({ url: session.url, id: session.id })
}
