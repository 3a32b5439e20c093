import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { detectAlertsWorkflow } from "../workflows/alerts/detect-alerts"

/** Every morning before the office opens: product order drops and customers ordering less often than usual. */
export default async function detectAlertsJob(container: MedusaContainer) {
  const { result } = await detectAlertsWorkflow(container).run({ input: { now: new Date().toISOString() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Alerts: ${result.length} new alert(s) raised`)
}

export const config = { name: "ordo-detect-alerts", schedule: "0 6 * * *" }
