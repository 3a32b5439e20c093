import { APPROVAL_ORDER } from "./order-gates"
import { actsAs } from "./staff-rights"

export type DecidingActor =
  | { type: "customer"; id: string; name: string }
  | { type: "user"; id: string; name: string; roles: string[] }

export type PendingRequest = {
  status: string
  current_level: number
  chain: { level: number; role: string }[]
  requested_by: string
  company_id: string
  decisions: { level: number; decision: string; role: string }[]
}

/** Why a decision is refused: the kind maps to the HTTP answer in api/, the message is the user's. */
export type DecisionRefusal = { kind: "conflict" | "forbidden" | "invalid"; message: string }

/**
 * Whether `actor` may record `decision` on the request's current level. Refused: a request
 * already decided, a level already decided, an actor who does not hold the level's role (a
 * company admin of the request's own company who did not place the order, or staff acting as
 * the role), and a rejection without a reason. `adminOf` is the company the actor (a buyer)
 * administers, if any.
 */
export function decisionRefusal(
  request: PendingRequest,
  actor: DecidingActor,
  decision: "approved" | "rejected",
  comment: string | null | undefined,
  adminOf: string | null,
): DecisionRefusal | null {
  if (request.status !== "pending") {
    return { kind: "conflict", message: `This approval request is already ${request.status}` }
  }
  const level = Number(request.current_level)
  const role = request.chain[level - 1]?.role
  if (request.decisions.some((d) => Number(d.level) === level)) {
    return { kind: "conflict", message: `Level ${level} has already been decided` }
  }
  const forbidden: DecisionRefusal = {
    kind: "forbidden",
    message: `You are not an approver for level ${level} (${String(role).replace("_", " ")}) of this request`,
  }
  if (role === "company_admin") {
    if (actor.type !== "customer" || actor.id === request.requested_by) return forbidden
    if (adminOf !== request.company_id) return forbidden
  } else if (actor.type !== "user" || !actsAs(actor.roles, role)) return forbidden
  if (decision === "rejected" && !comment?.trim()) {
    return { kind: "invalid", message: "comment: say why the order is rejected" }
  }
  return null
}

/** The roles that have approved so far, with the one deciding now. */
export function approvedRolesWith(request: PendingRequest, role: string) {
  return [...request.decisions.filter((d) => d.decision === "approved").map((d) => d.role), role]
}

/**
 * A restarted approval's chain: the roles the old chain had plus those now needed, in the fixed
 * order company admin → sales manager → finance, numbered from level 1.
 */
export function restartedChain(chain: { role: string }[], more: string[] = []) {
  const roles = new Set([...chain.map((l) => l.role), ...more])
  return APPROVAL_ORDER.filter((r) => roles.has(r)).map((role, i) => ({ level: i + 1, role }))
}
