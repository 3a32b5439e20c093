import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFacts } from "../../../domain/sales-rollup"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import { orderFacts } from "../../../queries/reporting/order-facts"

/**
 * Records what an order now counts for in sales reports (nothing when cancelled or still a
 * draft) and moves the rollups by the difference; compensation puts the previous facts back.
 */
export const replaceOrderFactsStep = createStep(
  "ordo-replace-order-facts",
  async (input: { order_id: string; redate?: boolean }, { container }) => {
    const facts = await orderFacts(container, input.order_id)
    const previous = await container
      .resolve<ReportingModuleService>(REPORTING_MODULE)
      .replaceOrderFacts({ order_id: input.order_id, facts, redate: input.redate })
    return new StepResponse(facts, { order_id: input.order_id, previous })
  },
  async (undo: { order_id: string; previous: OrderFacts | null } | undefined, { container }) => {
    if (!undo) return
    await container
      .resolve<ReportingModuleService>(REPORTING_MODULE)
      .replaceOrderFacts({ order_id: undo.order_id, facts: undo.previous, redate: true })
  },
)
