import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { quoteLock } from "./lock"
import { loadQuoteStep } from "./steps/load-quote"
import { updateQuoteStep } from "./steps/update-quote"

/** The buyer turns a sent quote down, saying why. */
export const rejectQuoteWorkflow = createWorkflow(
  "ordo-reject-quote",
  (input: { quote_id: string; reason: string }) => {
    const lock = acquireLocksStep(transform({ input }, ({ input }) => quoteLock(input.quote_id)))
    loadQuoteStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, verb: "rejected" as const })))
    const quote = updateQuoteStep(
      transform({ input }, ({ input }) => ({
        id: input.quote_id,
        status: "rejected",
        decided_at: new Date(),
        rejection_reason: input.reason,
      })),
    )
    releaseLocksStep(lock)
    return new WorkflowResponse(quote)
  },
)
