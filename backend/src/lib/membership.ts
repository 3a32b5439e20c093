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
