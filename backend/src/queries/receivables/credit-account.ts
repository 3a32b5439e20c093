import type { MedusaContainer } from "@medusajs/framework/types"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"

/** The company's credit account; companies without one are on net 30, invoiced per fulfillment. */
export async function creditAccountFor(container: MedusaContainer, companyId: string) {
  const [account] = await container
    .resolve<CreditModuleService>(CREDIT_MODULE)
    .listCreditAccounts({ company_id: companyId })
  return (
    account ?? {
      id: null,
      company_id: companyId,
      terms: "net" as const,
      net_days: 30,
      deposit_percent: null,
      credit_limit: null,
      on_hold: false,
      hold_source: null,
      hold_reason: null,
      auto_hold_days: 30,
      invoice_on: "fulfillment" as const,
      dunning_paused: false,
    }
  )
}

export type CreditAccountView = Awaited<ReturnType<typeof creditAccountFor>>
