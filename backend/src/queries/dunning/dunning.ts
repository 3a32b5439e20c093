import type { MedusaContainer } from "@medusajs/framework/types"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"

/** The reminder policy, earliest level first. */
export async function dunningLevels(container: MedusaContainer) {
  const levels = await container.resolve<CreditModuleService>(CREDIT_MODULE).listDunningLevels({})
  return levels.sort((a, b) => a.offset_days - b.offset_days)
}

/** Reminders sent, newest first. */
export async function dunningLog(container: MedusaContainer, filters: { company_id?: string; invoice_id?: string }) {
  return container
    .resolve<CreditModuleService>(CREDIT_MODULE)
    .listDunningNotices(filters, { order: { created_at: "DESC" }, take: 500 })
}
