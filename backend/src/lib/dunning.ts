import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { daysOverdue } from "../domain/credit-terms"
import { balanceOf } from "../domain/invoice-math"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import { creditAccountFor } from "../queries/receivables/credit-account"

const DAY = 86_400_000

/** Days from the due date to `now`: negative before it, 1 on the first day after it. */
export const daysFromDue = (dueAt: Date, now: Date) => Math.ceil((now.getTime() - dueAt.getTime()) / DAY)

/**
 * The daily reminder run. For each open invoice of a company whose dunning is not paused, the
 * highest policy level now due is sent — once: the notice row (unique per invoice and level) is
 * written before the mail, so a second run, or two runs at once, send nothing new; a level below
 * one already sent is never sent late. A level marked `hold`, or any invoice more than the
 * account's `auto_hold_days` overdue, puts the company on credit hold.
 */
export async function runDunning(container: MedusaContainer, now = new Date(), only?: { company_id?: string }) {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const levels = (await credit.listDunningLevels({ active: true })).sort((a, b) => a.offset_days - b.offset_days)
  const open = (
    await invoices.listInvoices(
      {
        status: ["issued", "partially_paid"],
        kind: ["invoice", "deposit"],
        ...(only?.company_id ? { company_id: only.company_id } : {}),
      } as any,
      { take: 10_000 },
    )
  ).filter((i) => balanceOf(i).gt(0))
  const companyIds = [...new Set(open.map((i) => i.company_id))]
  if (!companyIds.length) return { sent: 0, held: 0 }
  const { data: companies } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "locale", "buyers.role", "buyers.customer.email"],
    filters: { id: companyIds },
  })
  const byCompany = new Map((companies as any[]).map((c) => [c.id, c]))
  const notices = await credit.listDunningNotices({ invoice_id: open.map((i) => i.id) } as any, { take: 100_000 })
  const levelOffset = new Map(levels.map((l) => [l.id, l.offset_days]))
  let sent = 0
  const hold = new Map<string, string>()
  const accounts = new Map(
    await Promise.all(companyIds.map(async (id) => [id, await creditAccountFor(container, id)] as const)),
  )
  for (const inv of open) {
    const account = accounts.get(inv.company_id) as Awaited<ReturnType<typeof creditAccountFor>>
    const company = byCompany.get(inv.company_id)
    if (!company) continue
    const overdue = daysOverdue(new Date(inv.due_at), now)
    if (overdue > account.auto_hold_days) hold.set(inv.company_id, `Invoice ${inv.number} is ${overdue} days overdue`)
    if (account.dunning_paused) continue
    const days = daysFromDue(new Date(inv.due_at), now)
    const due = levels.filter((l) => days >= l.offset_days)
    const level = due[due.length - 1]
    if (!level) continue
    const highestSent = Math.max(
      -Infinity,
      ...notices.filter((n) => n.invoice_id === inv.id).map((n) => levelOffset.get(n.level_id) ?? -Infinity),
    )
    if (highestSent >= level.offset_days) continue
    const recipients = recipientsOf(company)
    try {
      await credit.createDunningNotices({
        invoice_id: inv.id,
        invoice_number: inv.number,
        level_id: level.id,
        level_name: level.name,
        company_id: inv.company_id,
        email: recipients.join(", "),
        days_overdue: overdue,
        sent_for: now,
      } as any)
    } catch {
      continue // another run took this level for this invoice
    }
    await container.resolve(Modules.NOTIFICATION).createNotifications(
      recipients.map((email) => ({
        to: email,
        channel: "email",
        template: "ordo-dunning",
        data: {
          tone: level.tone,
          level: level.name,
          locale: company.locale,
          company_name: company.legal_name,
          invoice_id: inv.id,
          invoice_number: inv.number,
          balance: balanceOf(inv).toFixed(),
          currency_code: inv.currency_code,
          due_date: new Date(inv.due_at).toISOString().slice(0, 10),
          days_overdue: overdue,
        },
        idempotency_key: `ordo-dunning:${inv.id}:${level.id}:${email}`,
      })),
    )
    sent++
    if (level.hold) hold.set(inv.company_id, `${level.name}: invoice ${inv.number} is ${overdue} days overdue`)
  }
  for (const [companyId, reason] of hold) await setOverdueHold(container, companyId, reason)
  return { sent, held: hold.size }
}

/** Company admins and finance get reminders; a company with neither gets them at every buyer. */
function recipientsOf(company: any): string[] {
  const buyers = (company.buyers ?? []).filter(Boolean)
  const chosen = buyers.filter((b: any) => b.role === "admin" || b.role === "finance")
  return [...new Set<string>((chosen.length ? chosen : buyers).map((b: any) => b.customer?.email).filter(Boolean))]
}

async function setOverdueHold(container: MedusaContainer, companyId: string, reason: string) {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const account = await creditAccountFor(container, companyId)
  if (account.on_hold) return
  const patch = { on_hold: true, hold_source: "overdue", hold_reason: reason }
  if (account.id) await credit.updateCreditAccounts({ id: account.id, ...patch } as any)
  else await credit.createCreditAccounts({ company_id: companyId, ...patch } as any)
}

/** An automatic (overdue) hold is lifted once nothing is more than auto_hold_days overdue. */
export async function liftOverdueHoldIfCleared(container: MedusaContainer, companyId: string, now = new Date()) {
  const account = await creditAccountFor(container, companyId)
  if (!account.id || !account.on_hold || account.hold_source !== "overdue") return false
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  const open = (
    await invoices.listInvoices({ company_id: companyId, status: ["issued", "partially_paid"] } as any)
  ).filter((i) => balanceOf(i).gt(0))
  const stillLate = open.some((i) => daysOverdue(new Date(i.due_at), now) > account.auto_hold_days)
  if (stillLate) return false
  await container
    .resolve<CreditModuleService>(CREDIT_MODULE)
    .updateCreditAccounts({ id: account.id, on_hold: false, hold_source: null, hold_reason: null } as any)
  return true
}
