import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type AlertRules, alertRules, dropPercent, occurrenceKey } from "../../domain/dashboard"
import { dec, sumAmounts } from "../../domain/money"
import { dayIn } from "../../domain/sales-rollup"
import { ALERT_MODULE } from "../../modules/alert"
import type AlertModuleService from "../../modules/alert/service"
import type { AlertCandidate, RaisedAlert } from "../../modules/alert/service"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { REPORTING_MODULE } from "../../modules/reporting"
import type ReportingModuleService from "../../modules/reporting/service"
import { staffEmailsWithRole } from "../staff/roles"
import { reportTimeZone } from "./order-facts"

export const ALERT_SETTING_KEY = "alerts"

const reporting = (c: MedusaContainer) => c.resolve<ReportingModuleService>(REPORTING_MODULE)

/** The alert rules as stored under report_setting "alerts", defaults filled in. */
export async function alertSettings(container: MedusaContainer): Promise<AlertRules> {
  const [row] = await reporting(container).listReportSettings({ key: ALERT_SETTING_KEY }, { take: 1 })
  return alertRules(row?.value)
}

/**
 * What detection finds today: products whose orders dropped by the threshold against the
 * previous period, and companies ordering markedly less often than usual. Each with the key of
 * its occurrence, so raising them again later is a no-op.
 */
export async function alertCandidates(container: MedusaContainer, now = new Date()): Promise<AlertCandidate[]> {
  const rules = await alertSettings(container)
  const today = dayIn(now, reportTimeZone())
  const svc = reporting(container)
  const [drops, cadence] = await Promise.all([
    svc.productOrderDrops({ ...rules, today }),
    svc.customerCadenceDrops({ today }),
  ])
  return [
    ...drops.map(
      (d): AlertCandidate => ({
        kind: "product_order_drop",
        subject_id: d.product_id,
        subject_label: d.title,
        occurrence_key: occurrenceKey.productDrop(d.product_id, d.bucket_end),
        rep_id: "",
        details: {
          previous_orders: d.previous,
          current_orders: d.current,
          drop_percent: dropPercent(d.previous, d.current),
          threshold_percent: rules.threshold_percent,
          period_days: rules.period_days,
          today,
        },
      }),
    ),
    ...cadence.map(
      (c): AlertCandidate => ({
        kind: "customer_cadence_drop",
        subject_id: c.company_id,
        subject_label: c.name,
        occurrence_key: occurrenceKey.cadence(c.company_id, c.last_day),
        rep_id: c.rep_id,
        details: {
          last_order_day: c.last_day,
          days_since: c.days_since,
          usual_gap_days: Math.round(c.median_gap * 10) / 10,
          order_days: c.order_days,
          today,
        },
      }),
    ),
  ]
}

/** The alert for a company put on credit hold (one per hold), or null if the company is gone. */
export async function holdAlertCandidate(
  container: MedusaContainer,
  input: { company_id: string; held_at: string },
): Promise<AlertCandidate | null> {
  const [company] = await container
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: input.company_id }, { take: 1, select: ["id", "legal_name", "sales_rep_id"] })
  if (!company) return null
  const [open, account] = await Promise.all([
    container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listInvoices(
        { company_id: input.company_id, status: ["issued", "partially_paid"], kind: ["invoice", "deposit"] } as any,
        { take: 10_000 },
      ),
    container
      .resolve<CreditModuleService>(CREDIT_MODULE)
      .listCreditAccounts({ company_id: input.company_id }, { take: 1 })
      .then((r) => r[0] as any),
  ])
  const overdue = (open as any[]).filter((i) => new Date(i.due_at).getTime() < new Date(input.held_at).getTime())
  return {
    kind: "company_on_hold",
    subject_id: company.id,
    subject_label: company.legal_name,
    occurrence_key: occurrenceKey.hold(company.id, input.held_at),
    rep_id: company.sales_rep_id ?? "",
    details: {
      held_at: input.held_at,
      reason: account?.hold_reason ?? null,
      source: account?.hold_source ?? null,
      overdue_balance: sumAmounts(overdue.map((i) => dec(i.total).minus(dec(i.paid_total)))).toFixed(2),
      currency_code: (open as any[])[0]?.currency_code ?? null,
    },
  }
}

/** E-mail of a staff user (a company's rep), or null. */
async function emailOfUser(container: MedusaContainer, userId: string) {
  if (!userId) return null
  const [user] = await container.resolve(Modules.USER).listUsers({ id: userId }, { take: 1, select: ["email"] })
  return user?.email ?? null
}

/**
 * Who an alert goes to: a product's drop to sales managers (and managers); a customer ordering
 * less often to its rep and sales managers; a hold to the company's rep (finance are told by the
 * credit-hold mail, once per hold, so they are not mailed twice).
 */
export async function alertRecipients(container: MedusaContainer, alert: RaisedAlert) {
  const rep = await emailOfUser(container, alert.rep_id)
  if (alert.kind === "product_order_drop")
    return { roles: ["sales_manager"], emails: await staffEmailsWithRole(container, "sales_manager") }
  if (alert.kind === "customer_cadence_drop")
    return {
      roles: ["rep", "sales_manager"],
      emails: [...new Set([...(rep ? [rep] : []), ...(await staffEmailsWithRole(container, "sales_manager"))])],
    }
  return { roles: ["finance", "rep"], emails: rep ? [rep] : [] }
}

export const alertService = (c: MedusaContainer) => c.resolve<AlertModuleService>(ALERT_MODULE)
