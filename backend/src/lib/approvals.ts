import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { decideApprovalWorkflow } from "../workflows/approval/workflows"
import { type ApprovalFacts, type ApprovalOutcome, evaluateApprovalRules } from "./approval-rules"
import { findStockShortages, shortageMessage } from "./buyer"
import { conflict } from "./errors"
import { type BuyerMembership, membershipOf } from "./membership"
import { creditAccountFor, creditExposure } from "./receivables"
import { withLock, withStockLocks } from "./stock-lock"

export { type BuyerMembership, membershipOf } from "./membership"

/** The company's credit position for the credit rules: limit, exposure and hold from the credit module. */
export async function creditFactsFor(container: MedusaContainer, companyId: string): Promise<ApprovalFacts["credit"]> {
  const [account, exposure] = await Promise.all([
    creditAccountFor(container, companyId),
    creditExposure(container, companyId),
  ])
  return {
    limit: account.credit_limit == null ? null : String(account.credit_limit),
    exposure: exposure.exposure,
    on_hold: !!account.on_hold,
  }
}

/** Which approvals an order needs, from the seller's active rules. */
export async function approvalsNeeded(
  container: MedusaContainer,
  membership: BuyerMembership | undefined,
  facts: Omit<ApprovalFacts, "buyer" | "credit">,
): Promise<ApprovalOutcome> {
  if (!membership) return { triggers: [], chain: [] }
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const rules = await approvals.listApprovalRules({ active: true } as any)
  return evaluateApprovalRules(rules as any, {
    ...facts,
    buyer: { role: membership.role, spending_limit: membership.spending_limit },
    credit: await creditFactsFor(container, membership.company_id),
  })
}

export type Approver =
  | { type: "customer"; id: string; name: string }
  | { type: "user"; id: string; name: string; roles: string[] }

const rolesOf = (user: { metadata?: Record<string, unknown> | null }) => {
  const roles = user.metadata?.ordo_roles
  return Array.isArray(roles) ? (roles as string[]) : []
}

/** E-mails of the staff who hold an approver role (sales_manager, finance), for notices. */
export async function staffEmailsWithRole(container: MedusaContainer, role: string) {
  const users = await container.resolve(Modules.USER).listUsers({}, { take: 500 })
  return users.filter((u) => rolesOf(u).includes(role)).map((u) => u.email)
}

/** Staff roles live on the user record (`metadata.ordo_roles`), set by the seller's admin. */
export async function staffApprover(container: MedusaContainer, userId: string): Promise<Approver> {
  const user = await container.resolve(Modules.USER).retrieveUser(userId)
  const roles = rolesOf(user)
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  return { type: "user", id: user.id, name, roles }
}

export async function customerApprover(container: MedusaContainer, customerId: string): Promise<Approver> {
  const c = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  return { type: "customer", id: c.id, name: [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email }
}

/**
 * Records one approver's decision on the request's current level. Refuses (nothing changed):
 * a request already decided, an actor who does not hold the current level's role, a second
 * decision on a level. The last approval converts the waiting draft into an order and
 * reserves its stock under the stock locks, after checking the stock is still there.
 */
export async function decideApproval(
  container: MedusaContainer,
  input: { request_id: string; actor: Approver; decision: "approved" | "rejected"; comment?: string | null },
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return withLock(container, `approval:${input.request_id}`, async () => {
    const [request] = (await container
      .resolve<ApprovalModuleService>(APPROVAL_MODULE)
      .listApprovalRequests({ id: input.request_id }, { relations: ["decisions"] })) as any[]
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval request ${input.request_id} not found`)
    if (request.status !== "pending") {
      throw conflict(`This approval request is already ${request.status}`)
    }
    const chain = request.chain as { level: number; role: string }[]
    const level = Number(request.current_level)
    const role = chain[level - 1]?.role
    if ((request.decisions ?? []).some((d: any) => Number(d?.level) === level)) {
      throw conflict(`Level ${level} has already been decided`)
    }
    await assertMayDecide(container, request, role, input.actor, level)
    if (input.decision === "rejected" && !input.comment?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "comment: say why the order is rejected")
    }
    const final = input.decision === "approved" && level === chain.length
    const run = () =>
      decideApprovalWorkflow(container).run({
        input: {
          request_id: request.id,
          order_id: request.order_id,
          level,
          role,
          decision: input.decision,
          actor_type: input.actor.type,
          actor_id: input.actor.id,
          actor_name: input.actor.name,
          comment: input.comment ?? null,
          final,
        },
      })
    if (!final) return (await run()).result
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "sales_channel_id",
        "items.quantity",
        "items.detail.quantity",
        "items.variant_id",
        "items.variant_sku",
        "items.variant.allow_backorder",
        "items.variant.manage_inventory",
        "items.variant.inventory_items.inventory_item_id",
      ],
      filters: { id: request.order_id },
    })
    const items = (order?.items ?? []).filter(Boolean) as any[]
    const inventoryItemIds = items
      .filter((i) => i.variant?.manage_inventory !== false)
      .flatMap((i) => (i.variant?.inventory_items ?? []).map((x: any) => x.inventory_item_id as string))
    return withStockLocks(container, inventoryItemIds, async () => {
      const shortages = await findStockShortages(
        query,
        order.sales_channel_id as string,
        items.map((i) => ({
          variant_id: i.variant_id,
          sku: i.variant_sku,
          quantity: Number(i.detail?.quantity ?? i.quantity),
          allow_backorder: i.variant?.allow_backorder,
        })),
      )
      if (shortages.length) {
        throw conflict(`Cannot approve yet, stock is short: ${shortageMessage(shortages)}. Nothing was recorded.`)
      }
      return (await run()).result
    })
  })
}

async function assertMayDecide(container: MedusaContainer, request: any, role: string, actor: Approver, level: number) {
  const refuse = () =>
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `You are not an approver for level ${level} (${role.replace("_", " ")}) of this request`,
    )
  if (role === "company_admin") {
    if (actor.type !== "customer" || actor.id === request.requested_by) throw refuse()
    const m = await membershipOf(container, actor.id)
    if (!m || m.company_id !== request.company_id || m.role !== "admin") throw refuse()
    return
  }
  if (actor.type !== "user" || !actor.roles.includes(role)) throw refuse()
}
