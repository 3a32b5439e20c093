import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

export type CreditAccountPatch = {
  terms?: string
  net_days?: number
  deposit_percent?: string | null
  credit_limit?: string | null
  on_hold?: boolean
  hold_reason?: string | null
  auto_hold_days?: number
  invoice_on?: string
  dunning_paused?: boolean
}

export const saveCreditAccountStepId = "ordo-save-credit-account"

/**
 * Sets a company's terms, limit, hold, invoicing moment and dunning pause (creating its account
 * on first use). A hold set or lifted by hand is marked manual. Compensation restores the account
 * as it was (or removes the one just created).
 */
export const saveCreditAccountStep = createStep(
  saveCreditAccountStepId,
  async (input: { company_id: string; patch: CreditAccountPatch }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const [current] = await credit.listCreditAccounts({ company_id: input.company_id })
    const patch: Record<string, unknown> = { ...input.patch }
    if (patch.on_hold !== undefined) patch.hold_source = patch.on_hold ? "manual" : null
    if (current) {
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, (current as any)[k] ?? null]))
      const account = await credit.updateCreditAccounts({ id: current.id, ...patch } as any)
      return new StepResponse(account, { id: current.id, before, created: false })
    }
    const account = await credit.createCreditAccounts({ company_id: input.company_id, ...patch } as any)
    return new StepResponse(account, { id: account.id, before: {}, created: true })
  },
  async (prev, { container }) => {
    if (!prev) return
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    if (prev.created) await credit.deleteCreditAccounts(prev.id)
    else await credit.updateCreditAccounts({ id: prev.id, ...prev.before } as any)
  },
)
