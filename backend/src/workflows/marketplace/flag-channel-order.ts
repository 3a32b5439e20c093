import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportProblem } from "../../domain/marketplace"
import { touchConnectionStep } from "./steps/touch-connection"
import { updateChannelOrderStep } from "./steps/update-channel-order"

/**
 * A marketplace order that could not be placed (not enough stock, an address outside the
 * region…) waits in the exceptions queue with the reason, and the connection shows the error.
 * Nothing is dropped; the orders behind it go on.
 */
export const flagChannelOrderWorkflow = createWorkflow(
  "ordo-flag-channel-order",
  (input: { channel_order_id: string; connection_id: string; problem: ImportProblem }) => {
    const updated = updateChannelOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.channel_order_id,
        status: "exception" as const,
        problems: [input.problem],
        count_attempt: true,
      })),
    )
    touchConnectionStep(
      transform({ input }, ({ input }) => ({
        id: input.connection_id,
        last_error: input.problem.message,
        last_error_at: new Date(),
      })),
    )
    return new WorkflowResponse(updated)
  },
)
