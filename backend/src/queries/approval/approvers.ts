import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { personName } from "../../domain/names"
import { staffRolesOf } from "../staff/roles"

/** Who acts: a buyer (customer) or a staff user with the roles they hold at the seller. */
export type Approver =
  | { type: "customer"; id: string; name: string }
  | { type: "user"; id: string; name: string; roles: string[] }

/** A staff user with the roles they hold at the seller (Ordo's staff table, not user metadata). */
export async function staffApprover(container: MedusaContainer, userId: string): Promise<Approver & { type: "user" }> {
  const user = await container.resolve(Modules.USER).retrieveUser(userId)
  const roles = await staffRolesOf(container, userId)
  return { type: "user", id: user.id, name: personName(user) as string, roles }
}

export async function customerApprover(
  container: MedusaContainer,
  customerId: string,
): Promise<Approver & { type: "customer" }> {
  const c = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  return { type: "customer", id: c.id, name: personName(c) as string }
}
