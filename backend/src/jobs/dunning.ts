import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withAuditContext } from "../workflows/common/audit-context"
import { runDunningWorkflow } from "../workflows/dunning/run-dunning"

/** Every morning: payment reminders due today, and automatic credit holds. */
async function dunningJobRun(container: MedusaContainer) {
  const { result } = await runDunningWorkflow(container).run({ input: { now: new Date().toISOString() } })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Dunning: ${result.sent} reminder(s) sent, ${result.held} compan(ies) on hold`)
}

/** Its changes are audited as "job: ordo-dunning" (ADR 026). */
export default async function dunningJob(container: MedusaContainer) {
  return withAuditContext({ source: "job: ordo-dunning" }, () => dunningJobRun(container))
}

export const config = { name: "ordo-dunning", schedule: "0 9 * * *" }
