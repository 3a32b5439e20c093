import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runDunning } from "../lib/dunning"

/** Every morning: payment reminders due today, and automatic credit holds. */
export default async function dunningJob(container: MedusaContainer) {
  const { sent, held } = await runDunning(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Dunning: ${sent} reminder(s) sent, ${held} compan(ies) on hold`)
}

export const config = { name: "ordo-dunning", schedule: "0 9 * * *" }
