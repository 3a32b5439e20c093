import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { conflict } from "../domain/errors"
import { ORDER_CHANNELS } from "../domain/order-gates"
import { actsAs } from "../domain/staff-rights"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { membershipOf } from "../queries/company/membership"
import { waitingOrder } from "../queries/order/approved-order"
import { staffRolesOf } from "../queries/staff/roles"
import { decideApprovalWorkflow, restartApprovalWorkflow } from "../workflows/approval/workflows"
import { withLock } from "./stock-lock"

export { type BuyerMembership, membershipOf } from "../queries/company/membership"

export type Approver =
  | { type: "customer"; id: string; name: string }
  | { type: "user"; id: string; name: string; roles: string[] }

/** A staff approver with the roles they hold at the seller (Ordo's staff table, not user metadata). */
export async function staffApprover(container: MedusaContainer, userId: string): Promise<Approver> {
  const user = await container.resolve(Modules.USER).retrieveUser(userId)
  const roles = await staffRolesOf(container, userId)
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  return { type: "user", id: user.id, name, roles }
}

export async function customerApprover(container: MedusaContainer, customerId: string): Promise<Approver> {
  const c = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  return { type: "customer", id: c.id, name: [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email }
}

async function restartApproval(
  container: MedusaContainer,
  request: any,
  change: { chain?: string[]; reason: string; fingerprint: string; order_total: string },
) {
  const roles = new Set([...(request.chain as { role: string }[]).map((l) => l.role), ...(change.chain ?? [])])
  const chain = ["company_admin", "sales_manager", "finance"].filter((r) => roles.has(r))
  await restartApprovalWorkflow(container).run({
    input: {
      request_id: request.id,
      chain: chain.map((role, i) => ({ level: i + 1, role })),
      reasons: [
        ...((request.reasons ?? []) as unknown[]),
        { type: "approval_restarted", rule_id: null, rule_name: "Approval restarted", detail: change.reason },
      ],
      order_total: change.order_total,
      fingerprint: change.fingerprint,
    },
  })
}

/**
 * Records one approver's decision on the request's current level. Refuses (nothing changed):
 * a request already decided, an actor who does not hold the current level's role, a second
 * decision on a level. The order must still be exactly what was sent for approval; if it
 * changed, the request is superseded by a new one from level 1 and the decision refused (409).
 * The last approval places the order through the place-order workflow, which re-runs every
 * gate (stock under lock); if a gate now needs someone who has not approved, approval starts
 * again with them added.
 */
export async function decideApproval(
  container: MedusaContainer,
  input: { request_id: string; actor: Approver; decision: "approved" | "rejected"; comment?: string | null },
) {
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
    const { order, fingerprint } = await waitingOrder(container, request.order_id)
    if (request.fingerprint && request.fingerprint !== fingerprint) {
      await restartApproval(container, request, {
        reason: "The order changed after it was sent for approval",
        fingerprint,
        order_total: String(order.total),
      })
      throw conflict(
        "The order changed after it was sent for approval, so approval starts again from level 1. Nothing was decided.",
      )
    }
    const final = input.decision === "approved" && level === chain.length
    const approvedRoles = [
      ...(request.decisions ?? []).filter((d: any) => d?.decision === "approved").map((d: any) => d.role as string),
      role,
    ]
    try {
      const { result } = await decideApprovalWorkflow(container).run({
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
          place: final
            ? {
                channel: ORDER_CHANNELS.includes(order.metadata?.ordo_channel)
                  ? order.metadata.ordo_channel
                  : "storefront",
                customer_id: order.customer_id,
                sales_channel_id: order.sales_channel_id,
                approved: { order_id: order.id, request_id: request.id, approved_roles: approvedRoles },
              }
            : undefined,
        },
      })
      return result
    } catch (e: any) {
      if (!e?.ordo_restart_approval) throw e
      await restartApproval(container, request, {
        chain: e.ordo_chain,
        reason: e.message,
        fingerprint: e.ordo_fingerprint ?? fingerprint,
        order_total: e.ordo_order_total ?? String(order.total),
      })
      throw conflict(`${e.message}. Approval starts again from level 1; nothing was placed.`)
    }
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
  if (actor.type !== "user" || !actsAs(actor.roles, role)) throw refuse()
}
