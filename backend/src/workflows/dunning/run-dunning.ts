import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CREDIT_EVENTS } from "../credit/events"
import { planDunningStep } from "./steps/plan-dunning"
import { recordDunningNoticesStep } from "./steps/record-dunning-notices"
import { sendDunningMailsStep } from "./steps/send-dunning-mails"
import { setOverdueHoldsStep } from "./steps/set-overdue-holds"

/**
 * The daily reminder run (or one company's, from the Receivables page): each open invoice's
 * highest level now due, once, mailed in the company's language and logged; companies past their
 * auto-hold days, or reached by a hold level, go on credit hold (announced to finance through
 * `ordo.credit.hold_placed`).
 */
export const runDunningWorkflow = createWorkflow(
  "ordo-run-dunning",
  (input: { now: string; company_id?: string | null }) => {
    const plan = planDunningStep(input)
    const owned = recordDunningNoticesStep(
      transform({ input, plan }, ({ input, plan }) => ({ now: input.now, notices: plan.notices })),
    )
    const sent = sendDunningMailsStep(owned)
    const holds = setOverdueHoldsStep(transform({ plan }, ({ plan }) => plan.holds))
    emitEventStep({
      eventName: CREDIT_EVENTS.holdPlaced,
      // Overdue as of the run's date (a run for a chosen date reports that day's balance).
      data: transform({ holds, input }, ({ holds, input }) => holds.map((h) => ({ ...h, as_of: input.now }))),
    }).config({ name: "ordo-emit-overdue-holds" })
    return new WorkflowResponse(transform({ sent, holds }, ({ sent, holds }) => ({ sent, held: holds.length })))
  },
)
