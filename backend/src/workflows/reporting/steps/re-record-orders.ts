import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import { orderFacts } from "../../../queries/reporting/order-facts"

const PAGE = 200

/**
 * Records every order's facts afresh (or only the given orders'), taking each order's day from
 * its creation date again, 200 orders a page. Each order is replaced in its own transaction, so
 * the step leaves the facts consistent wherever it stops; the compensation recomputes the
 * rollups from the facts for the same reason.
 */
export const reRecordOrdersStep = createStep(
  "ordo-re-record-orders",
  async (input: { order_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const reporting = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    let recorded = 0
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id"],
        filters: input.order_ids ? { id: input.order_ids } : {},
        pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      for (const order of data as { id: string }[]) {
        const facts = await orderFacts(container, order.id)
        await reporting.replaceOrderFacts({ order_id: order.id, facts, redate: true })
        recorded++
      }
      if (data.length < PAGE) break
    }
    return new StepResponse(recorded)
  },
  async (_: undefined, { container }) => {
    await container.resolve<ReportingModuleService>(REPORTING_MODULE).rebuildRollups()
  },
)
