import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedNotice } from "../../../domain/dunning"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

export const recordDunningNoticesStepId = "ordo-record-dunning-notices"

/**
 * Writes each reminder's notice row before its mail is sent: the row is unique per invoice and
 * level, so a second run, or two runs at once, skip what another already took. Returns the
 * notices this run owns; compensation removes them.
 */
export const recordDunningNoticesStep = createStep(
  recordDunningNoticesStepId,
  async (input: { now: string; notices: PlannedNotice[] }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const owned: PlannedNotice[] = []
    const ids: string[] = []
    for (const n of input.notices) {
      try {
        const row = await credit.createDunningNotices({
          invoice_id: n.invoice.id,
          invoice_number: n.invoice.number,
          level_id: n.level.id,
          level_name: n.level.name,
          company_id: n.invoice.company_id,
          email: n.recipients.join(", "),
          days_overdue: n.days_overdue,
          sent_for: new Date(input.now),
        } as any)
        owned.push(n)
        ids.push(row.id)
      } catch {
        // another run took this level for this invoice
      }
    }
    return new StepResponse(owned, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CreditModuleService>(CREDIT_MODULE).deleteDunningNotices(ids)
  },
)
