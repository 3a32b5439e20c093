import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { daysOverdue } from "../../../domain/credit-terms"
import { balanceOf } from "../../../domain/invoice-math"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { creditAccountFor } from "../../../queries/receivables/credit-account"
import { openInvoices } from "../../../queries/receivables/invoicing"

export const liftOverdueHoldStepId = "ordo-lift-overdue-hold"

/**
 * An automatic (overdue) hold is lifted once nothing is more than auto_hold_days overdue, e.g.
 * when the payment that made the company late arrives. Compensation puts the hold back.
 */
export const liftOverdueHoldStep = createStep(
  liftOverdueHoldStepId,
  async ({ company_id }: { company_id: string }, { container }) => {
    const account = await creditAccountFor(container, company_id)
    if (!account.id || !account.on_hold || account.hold_source !== "overdue") return new StepResponse(false, null)
    const now = new Date()
    const late = (await openInvoices(container, company_id)).some(
      (i) => balanceOf(i).gt(0) && daysOverdue(new Date(i.due_at), now) > account.auto_hold_days,
    )
    if (late) return new StepResponse(false, null)
    await container
      .resolve<CreditModuleService>(CREDIT_MODULE)
      .updateCreditAccounts({ id: account.id, on_hold: false, hold_source: null, hold_reason: null } as any)
    return new StepResponse(true, { id: account.id, hold_reason: account.hold_reason })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditAccounts({
      id: before.id,
      on_hold: true,
      hold_source: "overdue",
      hold_reason: before.hold_reason,
    } as any)
  },
)
