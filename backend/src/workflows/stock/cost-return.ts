import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { COST_BUSY } from "./cost-shipment"
import { planReturnCostStep } from "./steps/plan-return-cost"
import { resolveReturnedUnitsStep } from "./steps/resolve-returned-units"
import { returnToCostLayersStep } from "./steps/return-to-cost-layers"

/**
 * A received return puts its units back on the layers the order took them from, at their
 * original cost, under the variants' cost locks. Once per return.
 */
export const costReturnWorkflow = createWorkflow(
  "ordo-cost-return",
  (input: { order_id: string; return_id: string }) => {
    const returned = resolveReturnedUnitsStep(input)
    const lock = acquireLocksStep(
      transform({ returned }, ({ returned }) => ({
        keys: returned.variant_ids.map((id) => `ordo:cost:${id}`),
        busy: COST_BUSY,
      })),
    )
    const plan = planReturnCostStep(
      transform({ input, returned }, ({ input, returned }) => ({ ...input, received: returned.received })),
    )
    const back = when("ordo-cost-return-put-back", { plan }, ({ plan }) => plan.backs.length > 0).then(() =>
      returnToCostLayersStep(transform({ input, plan }, ({ input, plan }) => ({ ...input, backs: plan.backs }))),
    )
    releaseLocksStep(lock)
    return new WorkflowResponse(transform({ plan, back }, ({ plan, back }) => (back as any[]) ?? plan.done))
  },
)
