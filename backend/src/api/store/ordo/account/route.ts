import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyingAccountOf } from "../../../../queries/order/buying-account"

/**
 * What the signed-in customer buys under, as the place-order workflow sees it: the company (or
 * the seller's retail account), its currency and price region. The storefront prices and opens
 * carts from this, never from anything the customer can write about themselves. No account:
 * `account: null` (browsing only; ordering on account is refused).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const account = await buyingAccountOf(req.scope, req.auth_context.actor_id)
  res.json({
    account: account
      ? {
          company_id: account.company_id,
          company_name: account.company_name,
          retail: account.retail,
          role: account.role,
          currency_code: account.currency_code,
          region_id: account.region_id,
        }
      : null,
  })
}
