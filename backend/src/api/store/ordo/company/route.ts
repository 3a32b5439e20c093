import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The signed-in buyer's company and role. Only company admins see the other buyers
 * (they manage them); everyone else sees just themselves.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [me],
  } = await query.graph({
    entity: "company_buyer",
    fields: ["id", "role", "spending_limit", "company.id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  if (!me) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a buyer for any company")
  const {
    data: [company],
  } = await query.graph({
    entity: "company",
    fields: [
      "id",
      "legal_name",
      "currency_code",
      "locale",
      "buyers.id",
      "buyers.role",
      "buyers.spending_limit",
      "buyers.customer.email",
      "buyers.customer.first_name",
      "buyers.customer.last_name",
      "addresses.*",
      "invites.id",
      "invites.email",
      "invites.role",
      "invites.spending_limit",
      "invites.expires_at",
      "invites.accepted_at",
    ],
    filters: { id: me.company.id },
  })
  const buyers = me.role === "admin" ? company.buyers : company.buyers.filter((b: any) => b?.id === me.id)
  // Open invitations are the admin's business too.
  const invites = me.role === "admin" ? (company.invites ?? []).filter((i: any) => i && !i.accepted_at) : []
  res.json({
    company: { ...company, buyers, invites },
    role: me.role,
    spending_limit: me.spending_limit,
    buyer_id: me.id,
  })
}
