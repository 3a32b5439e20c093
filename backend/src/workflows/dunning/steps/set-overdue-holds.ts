import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { creditAccountFor } from "../../../queries/receivables/credit-account"

export const setOverdueHoldsStepId = "ordo-set-overdue-holds"

/**
 * Puts companies on automatic (overdue) credit hold, unless already on hold; compensation lifts
 * exactly those. Returns the holds set, each with the moment it was set (to announce them).
 */
export const setOverdueHoldsStep = createStep(
  setOverdueHoldsStepId,
  async (holds: { company_id: string; reason: string }[], { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const changed: { id: string; created: boolean }[] = []
    const placed: { company_id: string; held_at: string }[] = []
    for (const h of holds) {
      const account = await creditAccountFor(container, h.company_id)
      if (account.on_hold) continue
      const patch = { on_hold: true, hold_source: "overdue", hold_reason: h.reason }
      if (account.id) {
        const updated = await credit.updateCreditAccounts({ id: account.id, ...patch } as any)
        changed.push({ id: account.id, created: false })
        placed.push({ company_id: h.company_id, held_at: new Date(updated.updated_at ?? Date.now()).toISOString() })
      } else {
        const created = await credit.createCreditAccounts({ company_id: h.company_id, ...patch } as any)
        changed.push({ id: created.id, created: true })
        placed.push({ company_id: h.company_id, held_at: new Date(created.updated_at ?? Date.now()).toISOString() })
      }
    }
    return new StepResponse(placed, changed)
  },
  async (changed, { container }) => {
    if (!changed?.length) return
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    for (const c of changed) {
      if (c.created) await credit.deleteCreditAccounts(c.id)
      else await credit.updateCreditAccounts({ id: c.id, on_hold: false, hold_source: null, hold_reason: null } as any)
    }
  },
)
