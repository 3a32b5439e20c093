import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type BuyerMembership = {
  id: string
  company_id: string
  role: "admin" | "buyer" | "finance"
  spending_limit: string | null
}

/** The company a customer buys for, with their role; undefined for customers outside any company. */
export async function membershipOf(
  container: MedusaContainer,
  customerId: string,
): Promise<BuyerMembership | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [b],
  } = await query.graph({
    entity: "company_buyer",
    fields: ["id", "role", "spending_limit", "company.id"],
    filters: { customer_id: customerId },
  })
  if (!b) return undefined
  return {
    id: b.id,
    company_id: b.company.id,
    role: b.role,
    spending_limit: b.spending_limit == null ? null : String(b.spending_limit),
  }
}

/**
 * The company an order was placed for: written on the order by the place-order workflow
 * (a retail customer's orders belong to the retail account), else the customer's company.
 */
export async function companyOfOrder(
  container: MedusaContainer,
  order: { customer_id?: string | null; metadata?: Record<string, unknown> | null },
): Promise<string | undefined> {
  const recorded = order.metadata?.ordo_company_id
  if (typeof recorded === "string" && recorded) return recorded
  if (!order.customer_id) return undefined
  return (await membershipOf(container, order.customer_id))?.company_id
}
