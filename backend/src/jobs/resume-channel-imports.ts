import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { staleChannelImports } from "../queries/marketplace/order-file"
import { withAuditContext } from "../workflows/common/audit-context"
import { runChannelImport } from "../workflows/marketplace/import-order-file"

/** An import with no progress for this long was interrupted (a restart, a killed process). */
const STALE_MS = 60_000

/**
 * Every minute, file imports a restart interrupted are resumed from their last progress; orders
 * placed before the interruption are recognised by their external id, never placed twice.
 */
async function resumeChannelImportsRun(container: MedusaContainer) {
  for (const id of await staleChannelImports(container, STALE_MS)) {
    try {
      await runChannelImport(container, id)
    } catch (e: any) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Resuming import ${id} failed: ${e?.message}`)
    }
  }
}

/** Its changes are audited as "job: ordo-resume-channel-imports" (ADR 026). */
export default async function resumeChannelImports(container: MedusaContainer) {
  return withAuditContext({ source: "job: ordo-resume-channel-imports" }, () => resumeChannelImportsRun(container))
}

export const config = { name: "ordo-resume-channel-imports", schedule: "* * * * *" }
