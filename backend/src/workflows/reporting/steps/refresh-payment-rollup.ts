import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import { reportTimeZone } from "../../../queries/reporting/order-facts"

/**
 * Recomputes the payment-rate rollup for the issue months whose invoices changed. The rollup is
 * a function of the invoices, so there is nothing to undo: the compensation computes it again.
 */
export const refreshPaymentRollupStep = createStep(
  "ordo-refresh-payment-rollup",
  async (input: { full?: boolean }, { container }) => {
    const result = await container
      .resolve<ReportingModuleService>(REPORTING_MODULE)
      .refreshPaymentRollup({ full: input.full, timeZone: reportTimeZone() })
    return new StepResponse(result)
  },
  async (_: undefined, { container }) => {
    await container
      .resolve<ReportingModuleService>(REPORTING_MODULE)
      .refreshPaymentRollup({ timeZone: reportTimeZone() })
  },
)
