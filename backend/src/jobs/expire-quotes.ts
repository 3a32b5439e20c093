import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireQuotes } from "../lib/quotes"

/** Sent quotes whose validity has passed become expired (accepting also checks the date itself). */
export default async function expireQuotesJob(container: MedusaContainer) {
  const n = await expireQuotes(container)
  if (n) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${n} quote(s) past their validity`)
}

export const config = { name: "ordo-expire-quotes", schedule: "*/15 * * * *" }
