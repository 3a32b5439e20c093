import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import { reportTimeZone } from "../../../queries/reporting/order-facts"

/**
 * Recomputes every rollup from the facts, and the payment-rate rollup from the invoices. The
 * rollups are a function of what they are computed from, so the compensation is the same
 * computation (whatever the facts are by then).
 */
export const rebuildRollupsStep = createStep(
  "ordo-rebuild-rollups",
  async (_: undefined, { container }) => {
    await rebuild(container)
    return new StepResponse(true)
  },
  async (_: undefined, { container }) => {
    await rebuild(container)
  },
)

async function rebuild(container: any) {
  const reporting = container.resolve(REPORTING_MODULE) as ReportingModuleService
  await reporting.rebuildRollups()
  await reporting.refreshPaymentRollup({ full: true, timeZone: reportTimeZone() })
}
