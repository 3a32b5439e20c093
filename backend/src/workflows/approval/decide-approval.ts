import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { restartedChain } from "../../domain/approval-decision"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { evaluateOrderGates } from "../order/order-gates"
import { placeOrderWorkflow } from "../order/place-order"
import type { PlaceOrderInput } from "../order/types"
import { APPROVAL_EVENTS } from "./events"
import { cancelRejectedOrderStep } from "./steps/cancel-rejected-order"
import { compareWaitingOrderStep } from "./steps/compare-waiting-order"
import { type DecideApprovalInput, loadApprovalDecisionStep } from "./steps/load-approval-decision"
import { recordApprovalDecisionStep } from "./steps/record-approval-decision"
import { restartApprovalStep } from "./steps/restart-approval"

export type DecideApprovalResult =
  | { outcome: "decided"; decision_id: string }
  /** Nothing was decided: approval starts again from level 1 (the message says why). */
  | { outcome: "restarted"; message: string }

const restartReason = (detail: string) => ({
  type: "approval_restarted",
  rule_id: null,
  rule_name: "Approval restarted",
  detail,
})

/**
 * One approver's decision on the current level of a request, under the request's lock:
 * - refused, nothing changed, when the request or level is decided or the actor lacks the role;
 * - when the order changed after it was sent for approval, the request is superseded by a new
 *   one from level 1 and nothing is decided;
 * - the last approval first runs every order gate again: if one now needs someone who has not
 *   approved (the company went on hold, a limit was lowered), approval restarts with them;
 *   otherwise the decision is recorded and the waiting draft goes through the place-order
 *   workflow (stock under lock, Medusa's draft conversion) — if that fails, the decision is
 *   undone with it;
 * - a rejection cancels the waiting draft.
 */
export const decideApprovalWorkflow = createWorkflow("ordo-decide-approval", (input: DecideApprovalInput) => {
  const lock = acquireLocksStep(
    transform({ input }, ({ input }) => ({
      keys: [`ordo:approval:${input.request_id}`],
      busy: "This approval request is being decided by someone else right now; please retry",
    })),
  )
  const request = loadApprovalDecisionStep(input)
  const waiting = compareWaitingOrderStep(
    transform({ request }, ({ request }) => ({
      order_id: request.order_id,
      request_id: request.id,
      fingerprint: request.fingerprint,
      approved_roles: request.approved_roles,
    })),
  )

  when("ordo-approval-order-changed", { waiting }, ({ waiting }) => waiting.changed).then(() => {
    const restarted = restartApprovalStep(
      transform({ request, waiting }, ({ request, waiting }) => ({
        request_id: request.id,
        chain: restartedChain(request.chain),
        reasons: [...request.reasons, restartReason("The order changed after it was sent for approval")],
        order_total: waiting.order_total,
        fingerprint: waiting.fingerprint,
      })),
    )
    emitEventStep({
      eventName: APPROVAL_EVENTS.requested,
      data: transform({ restarted }, ({ restarted }) => ({ id: restarted.id })),
    }).config({ name: "ordo-approval-changed-requested" })
  })

  // The last approval: the gates as they stand now, before anything is recorded.
  const gates = when(
    "ordo-approval-final-gates",
    { waiting, request },
    ({ waiting, request }) => !waiting.changed && request.final,
  ).then(() => {
    const { decision } = evaluateOrderGates(transform({ waiting }, ({ waiting }) => waiting.place as PlaceOrderInput))
    return decision
  })
  const needsMore = transform({ gates }, ({ gates }) =>
    gates?.uncovered.length
      ? {
          chain: gates.chain,
          order_total: gates.order_total,
          message: `New approvals are needed before this order can be placed: ${gates.reasons.join("; ")}`,
        }
      : null,
  )
  when("ordo-approval-needs-more", { needsMore }, ({ needsMore }) => !!needsMore).then(() => {
    const restarted = restartApprovalStep(
      transform({ request, waiting, needsMore }, ({ request, waiting, needsMore }) => ({
        request_id: request.id,
        chain: restartedChain(request.chain, needsMore?.chain),
        reasons: [...request.reasons, restartReason(needsMore?.message ?? "")],
        order_total: needsMore?.order_total ?? waiting.order_total,
        fingerprint: waiting.fingerprint,
      })),
    ).config({ name: "ordo-restart-approval-new-gates" })
    emitEventStep({
      eventName: APPROVAL_EVENTS.requested,
      data: transform({ restarted }, ({ restarted }) => ({ id: restarted.id })),
    }).config({ name: "ordo-approval-new-gates-requested" })
  })

  const proceed = transform({ waiting, needsMore }, ({ waiting, needsMore }) => !waiting.changed && !needsMore)
  const recorded = when("ordo-approval-record", { proceed }, ({ proceed }) => proceed).then(() => {
    const decision = recordApprovalDecisionStep(
      transform({ input, request }, ({ input, request }) => ({
        request_id: request.id,
        level: request.level,
        role: request.role,
        decision: input.decision,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
        comment: input.comment ?? null,
        final: request.final,
      })),
    )
    emitEventStep({
      eventName: APPROVAL_EVENTS.decided,
      data: transform({ input }, ({ input }) => ({ id: input.request_id, decision: input.decision })),
    }).config({ name: "ordo-approval-decided" })
    return decision
  })
  when("ordo-approval-place", { proceed, request }, ({ proceed, request }) => proceed && request.final).then(() => {
    placeOrderWorkflow.runAsStep({ input: transform({ waiting }, ({ waiting }) => waiting.place) })
  })
  when(
    "ordo-approval-rejected",
    { proceed, input },
    ({ proceed, input }) => proceed && input.decision === "rejected",
  ).then(() => {
    cancelRejectedOrderStep(
      transform({ input, request }, ({ input, request }) => ({
        order_id: request.order_id,
        reason: input.comment || "Rejected",
      })),
    )
  })
  releaseLocksStep(lock)

  return new WorkflowResponse(
    transform({ waiting, needsMore, recorded }, ({ waiting, needsMore, recorded }): DecideApprovalResult => {
      if (waiting.changed) {
        return {
          outcome: "restarted",
          message:
            "The order changed after it was sent for approval, so approval starts again from level 1. Nothing was decided.",
        }
      }
      if (needsMore) {
        return {
          outcome: "restarted",
          message: `${needsMore.message}. Approval starts again from level 1; nothing was placed.`,
        }
      }
      return { outcome: "decided", decision_id: (recorded as { id: string }).id }
    }),
  )
})
