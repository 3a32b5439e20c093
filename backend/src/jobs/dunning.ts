import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runDunningWorkflow } from "../workflows/dunning/run-dunning"

/** Every morning: payment reminders due today, and automatic credit holds. */
export default async function dunningJob(container: MedusaContainer) {
  const { result } = await runDunningWorkflow(container).run({ input: { now: new Date().toISOString() } })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Dunning: ${result.sent} reminder(s) sent, ${result.held} compan(ies) on hold`)
}

export const config = { name: "ordo-dunning", schedule: "0 9 * * *" }
