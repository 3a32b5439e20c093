import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAuditContext } from "../workflows/common/audit-context"
import { expireQuotesWorkflow } from "../workflows/quote/expire-quotes"

/** Sent quotes whose validity has passed become expired (accepting also checks the date itself). */
async function expireQuotesJobRun(container: MedusaContainer) {
  const { result } = await expireQuotesWorkflow(container).run({ input: {} })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${result.length} quote(s) past their validity`)
  }
}

/** Its changes are audited as "job: ordo-expire-quotes" (ADR 026). */
export default async function expireQuotesJob(container: MedusaContainer) {
  return withAuditContext({ source: "job: ordo-expire-quotes" }, () => expireQuotesJobRun(container))
}

export const config = { name: "ordo-expire-quotes", schedule: "*/15 * * * *" }
