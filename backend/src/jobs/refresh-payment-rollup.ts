import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshPaymentRollup } from "../workflows/reporting/refresh-payment-rollup"

/**
 * Every five minutes: the payment-rate rollup catches up with invoice changes that announce no
 * event (voids, reversals, credit notes applied).
 */
export default async function refreshPaymentRollupJob(container: MedusaContainer) {
  await refreshPaymentRollup(container)
}

export const config = { name: "ordo-refresh-payment-rollup", schedule: "*/5 * * * *" }
