import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { consumeCostLayersStep } from "./steps/consume-cost-layers"
import { planShipmentCostStep } from "./steps/plan-shipment-cost"
import { resolveShippedLinesStep } from "./steps/resolve-shipped-lines"

export const COST_BUSY = "Cost layers are being updated by another shipment; please retry"

/**
 * Cost of goods for a shipment: its units come off the variants' FIFO cost layers and what they
 * cost is recorded per order line, under a lock per variant so two shipments never take the
 * same units. Once per fulfillment: a repeated event finds the allocations already there.
 */
export const costShipmentWorkflow = createWorkflow(
  "ordo-cost-shipment",
  (input: { order_id: string; fulfillment_id: string }) => {
    const shipped = resolveShippedLinesStep(input)
    const lock = acquireLocksStep(
      transform({ shipped }, ({ shipped }) => ({
        keys: shipped.lines.map((l) => `ordo:cost:${l.variant_id}`),
        busy: COST_BUSY,
      })),
    )
    const plan = planShipmentCostStep(
      transform({ input, shipped }, ({ input, shipped }) => ({
        fulfillment_id: input.fulfillment_id,
        location_id: shipped.location_id,
        lines: shipped.lines,
      })),
    )
    const taken = when("ordo-cost-shipment-take", { plan }, ({ plan }) => plan.takes.length > 0).then(() =>
      consumeCostLayersStep(
        transform({ input, plan }, ({ input, plan }) => ({
          order_id: input.order_id,
          fulfillment_id: input.fulfillment_id,
          takes: plan.takes,
        })),
      ),
    )
    releaseLocksStep(lock)
    return new WorkflowResponse(transform({ plan, taken }, ({ plan, taken }) => (taken as any[]) ?? plan.done))
  },
)
