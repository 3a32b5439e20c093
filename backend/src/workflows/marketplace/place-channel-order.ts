import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { placeOrderWorkflow } from "../order/place-order"
import { planChannelOrderStep } from "./steps/plan-channel-order"
import { touchConnectionStep } from "./steps/touch-connection"
import { updateChannelOrderStep } from "./steps/update-channel-order"

/**
 * A received marketplace order becomes an order through the one place-order workflow (prices
 * as the marketplace charged them; approval skipped, named: the marketplace took payment; stock
 * checked and reserved as for every order), or goes to the exceptions queue with its problems.
 * Placing twice finds the order already there.
 */
export const placeChannelOrderWorkflow = createWorkflow(
  "ordo-place-channel-order",
  (input: { channel_order_id: string; connection_id: string }) => {
    const lock = acquireLocksStep(
      transform({ input }, ({ input }) => ({
        keys: [`ordo:channel-order-id:${input.channel_order_id}`],
        busy: "This marketplace order is being imported right now",
      })),
    )
    const plan = planChannelOrderStep(input)
    when(
      "ordo-channel-order-exception",
      { plan },
      ({ plan }) => !plan.already && !plan.closed && !!plan.problems.length,
    ).then(() => {
      updateChannelOrderStep(
        transform({ input, plan }, ({ input, plan }) => ({
          id: input.channel_order_id,
          status: "exception" as const,
          problems: plan.problems,
          count_attempt: true,
        })),
      )
    })
    when("ordo-channel-order-recovered", { plan }, ({ plan }) => !!plan.recovered).then(() => {
      updateChannelOrderStep(
        transform({ input, plan }, ({ input, plan }) => ({
          id: input.channel_order_id,
          status: "imported" as const,
          order_id: plan.already as string,
          problems: null,
        })),
      ).config({ name: "ordo-mark-channel-order-recovered" })
    })
    const placed = when(
      "ordo-channel-order-place",
      { plan },
      ({ plan }) => !plan.already && !plan.closed && !plan.problems.length && !!plan.placement,
    ).then(() => {
      const order = placeOrderWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => plan.placement as any),
      })
      updateChannelOrderStep(
        transform({ input, order }, ({ input, order }) => ({
          id: input.channel_order_id,
          status: "imported" as const,
          order_id: order.order_id,
          problems: null,
          count_attempt: true,
        })),
      ).config({ name: "ordo-mark-channel-order-imported" })
      touchConnectionStep(
        transform({ input }, ({ input }) => ({ id: input.connection_id, last_success_at: new Date() })),
      )
      return order
    })
    releaseLocksStep(lock)
    return new WorkflowResponse(
      transform({ plan, placed }, ({ plan, placed }) => ({
        order_id: (placed?.order_id ?? plan.already ?? null) as string | null,
        problems: plan.already ? [] : plan.problems,
      })),
    )
  },
)
