import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireQuotesWorkflow } from "../workflows/quote/expire-quotes"

/** Sent quotes whose validity has passed become expired (accepting also checks the date itself). */
export default async function expireQuotesJob(container: MedusaContainer) {
  const { result } = await expireQuotesWorkflow(container).run({ input: {} })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${result.length} quote(s) past their validity`)
  }
}

export const config = { name: "ordo-expire-quotes", schedule: "*/15 * * * *" }
