import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planDunning } from "../../../domain/dunning"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { creditAccountFor } from "../../../queries/receivables/credit-account"

export const planDunningStepId = "ordo-plan-dunning"

/** Which reminders are due and which companies go on hold (domain/dunning.ts), from the ledger as it is. Reads only. */
export const planDunningStep = createStep(
  planDunningStepId,
  async (input: { now: string; company_id?: string | null }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const [levels, open] = await Promise.all([
      credit.listDunningLevels({ active: true }),
      container.resolve<InvoiceModuleService>(INVOICE_MODULE).listInvoices(
        {
          status: ["issued", "partially_paid"],
          kind: ["invoice", "deposit"],
          ...(input.company_id ? { company_id: input.company_id } : {}),
        } as any,
        { take: 10_000 },
      ),
    ])
    const companyIds = [...new Set(open.map((i) => i.company_id))]
    if (!companyIds.length) return new StepResponse({ notices: [], holds: [] } as ReturnType<typeof planDunning>)
    const [{ data: companies }, notices, accounts] = await Promise.all([
      container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "company",
        fields: ["id", "legal_name", "locale", "buyers.role", "buyers.customer.email"],
        filters: { id: companyIds },
      }),
      credit.listDunningNotices({ invoice_id: open.map((i) => i.id) } as any, { take: 100_000 }),
      Promise.all(companyIds.map(async (id) => [id, await creditAccountFor(container, id)] as const)),
    ])
    const offset = new Map(levels.map((l) => [l.id, l.offset_days]))
    const sent = new Map<string, number[]>()
    for (const n of notices)
      sent.set(n.invoice_id, [...(sent.get(n.invoice_id) ?? []), offset.get(n.level_id) ?? -Infinity])
    return new StepResponse(
      planDunning({
        now: new Date(input.now),
        levels: levels as any,
        invoices: open as any,
        companies: new Map(
          (companies as any[]).map((c) => [
            c.id,
            {
              id: c.id,
              legal_name: c.legal_name,
              locale: c.locale,
              buyers: (c.buyers ?? []).filter(Boolean).map((b: any) => ({ role: b.role, email: b.customer?.email })),
            },
          ]),
        ),
        accounts: new Map(accounts),
        sent,
      }),
    )
  },
)
