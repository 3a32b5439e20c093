import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BuyerMembership, membershipOf } from "./membership"

export type BuyerScope = { customer_id: string; membership?: BuyerMembership; customer_ids: string[] }

/**
 * What a signed-in buyer may see: everything of their company (its buyers' orders, quotes,
 * approvals), or only their own when they buy for no company.
 */
export async function buyerScope(container: MedusaContainer, customerId: string): Promise<BuyerScope> {
  const membership = await membershipOf(container, customerId)
  if (!membership) return { customer_id: customerId, customer_ids: [customerId] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company_buyer",
    fields: ["customer_id"],
    filters: { company: { id: membership.company_id } } as any,
  })
  const ids = new Set<string>(data.map((b: any) => b.customer_id))
  ids.add(customerId)
  return { customer_id: customerId, membership, customer_ids: [...ids] }
}
