import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { stripe } from "../../../../../../lib/stripe"
import { payableInvoice } from "../pay/route"

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
  const { invoice, amount } = await payableInvoice(req)
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
