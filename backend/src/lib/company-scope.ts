import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type BuyerMembership, membershipOf } from "./approvals"

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

/** 404, exactly as for something that does not exist: other companies' ids reveal nothing. */
export const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

export function requireCompanyAdmin(scope: BuyerScope) {
  if (scope.membership?.role !== "admin") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a company admin can do this")
  }
  return scope.membership
}

export { personName } from "../domain/names"
