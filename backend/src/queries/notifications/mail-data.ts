import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recipientsOf } from "../../domain/dunning"
import { balanceOf } from "../../domain/invoice-math"
import { sumAmounts } from "../../domain/money"
import { INVOICE_MODULE } from "../../modules/invoice"
import type InvoiceModuleService from "../../modules/invoice/service"
import { companyOfOrder } from "../company/membership"
import { creditAccountFor } from "../receivables/credit-account"
import { invoiceDocument } from "../receivables/invoice-document"

/** Addresses that can receive mail: marketplace retail customers carry a reserved `.invalid` one. */
const deliverable = (email: unknown): email is string =>
  typeof email === "string" && email.includes("@") && !/\.invalid$/i.test(email)

const storefront = () => (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")

async function companyOf(container: MedusaContainer, companyId: string | undefined) {
  if (!companyId) return undefined
  const {
    data: [company],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "company",
    fields: ["id", "legal_name", "locale", "currency_code", "buyers.role", "buyers.customer.email"],
    filters: { id: companyId },
  })
  return company as
    | {
        id: string
        legal_name: string
        locale: string
        currency_code: string
        buyers: { role: string; customer?: { email?: string } }[]
      }
    | undefined
}

/**
 * What the order confirmation says and to whom: the buyer who placed the order, in the company's
 * language (English without one). Nothing for marketplace orders: the marketplace confirms those.
 */
export async function orderConfirmationMail(container: MedusaContainer, orderId: string) {
  const {
    data: [order],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "customer.email",
      "currency_code",
      "total",
      "metadata",
      "items.variant_sku",
      "items.title",
      "items.quantity",
    ],
    filters: { id: orderId },
  })
  if (!order || (order as any).metadata?.ordo_channel === "marketplace") return undefined
  const email = (order as any).customer?.email ?? order.email
  if (!deliverable(email)) return undefined
  const company = await companyOf(container, await companyOfOrder(container, order as any))
  return {
    email,
    data: {
      locale: company?.locale ?? "en",
      company_name: company?.legal_name ?? null,
      order_id: order.id,
      order_display_id: order.display_id,
      po_number: ((order as any).metadata?.po_number as string | undefined) ?? null,
      lines: ((order as any).items ?? []).map((i: any) => ({
        sku: i.variant_sku ?? null,
        title: i.title ?? null,
        quantity: Number(i.quantity),
      })),
      total: String(order.total ?? 0),
      currency_code: order.currency_code,
      order_url: `${storefront()}/orders/${order.id}`,
    },
  }
}

/**
 * The invoice mail: the invoice (or credit note) document, its company's billing contacts (as
 * dunning chooses them: company admins and finance buyers, else every buyer) and language.
 */
export async function invoiceMail(container: MedusaContainer, invoiceId: string) {
  const doc = await invoiceDocument(container, invoiceId)
  if (!doc || doc.invoice.status === "void") return undefined
  const invoice = doc.invoice as any
  const company = await companyOf(container, invoice.company_id)
  if (!company) return undefined
  const recipients = recipientsOf({
    id: company.id,
    legal_name: company.legal_name,
    locale: company.locale,
    buyers: (company.buyers ?? []).filter(Boolean).map((b) => ({ role: b.role, email: b.customer?.email })),
  } as any).filter(deliverable)
  let order: any
  if (invoice.order_id) {
    ;({
      data: [order],
    } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["display_id", "metadata"], filters: { id: invoice.order_id } }))
  }
  return {
    document: doc,
    recipients,
    data: {
      locale: company.locale ?? "en",
      company_name: company.legal_name,
      invoice_id: invoice.id,
      invoice_number: invoice.number,
      kind: invoice.kind,
      total: String(invoice.total),
      currency_code: invoice.currency_code,
      due_date: invoice.due_at ? new Date(invoice.due_at).toISOString().slice(0, 10) : null,
      order_display_id: order?.display_id ?? null,
      po_number: (order?.metadata?.po_number as string | undefined) ?? null,
    },
  }
}

/** The credit-hold notice for finance: the company, the hold's reason and what is overdue (now, or as of a date). */
export async function creditHoldMail(container: MedusaContainer, companyId: string, asOf?: string) {
  const [company, account, open] = await Promise.all([
    companyOf(container, companyId),
    creditAccountFor(container, companyId),
    container
      .resolve<InvoiceModuleService>(INVOICE_MODULE)
      .listInvoices(
        { company_id: companyId, status: ["issued", "partially_paid"], kind: ["invoice", "deposit"] } as any,
        { take: 10_000 },
      ),
  ])
  if (!company || !account.on_hold) return undefined
  const now = asOf ? new Date(asOf).getTime() : Date.now()
  const overdue = open.filter((i) => new Date(i.due_at).getTime() < now)
  return {
    data: {
      locale: company.locale ?? "en",
      company_id: company.id,
      company_name: company.legal_name,
      reason: (account as any).hold_reason ?? null,
      source: (account as any).hold_source ?? null,
      overdue_balance: sumAmounts(overdue.map((i) => balanceOf(i))).toFixed(),
      overdue_invoices: overdue.map((i) => i.number),
      currency_code: (open[0]?.currency_code ?? company.currency_code ?? "cny") as string,
    },
  }
}

/** The accepted-quote notice for sales: the quote, its company (and language) and the order it became. */
export async function quoteAcceptedMail(
  container: MedusaContainer,
  quoteId: string,
  placed: { order_id?: string | null; status?: string | null } = {},
) {
  const orderId = placed.order_id
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [quote],
  } = await query.graph({
    entity: "quote",
    fields: ["id", "display_id", "current_version", "company_id", "po_number", "order_id"],
    filters: { id: quoteId },
  })
  if (!quote) return undefined
  const [company, { data: orders }] = await Promise.all([
    companyOf(container, (quote as any).company_id),
    (orderId ?? (quote as any).order_id)
      ? query.graph({
          entity: "order",
          fields: ["id", "display_id", "metadata"],
          filters: { id: orderId ?? (quote as any).order_id },
        })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const order = orders[0] as any
  const backend = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
  return {
    data: {
      locale: company?.locale ?? "en",
      company_name: company?.legal_name ?? "",
      quote_id: quote.id,
      quote_display_id: (quote as any).display_id,
      version: (quote as any).current_version,
      po_number: order?.metadata?.po_number ?? (quote as any).po_number ?? null,
      order_id: order?.id ?? null,
      order_display_id: order?.display_id ?? null,
      order_status:
        placed.status ?? (order?.metadata?.ordo_approval === "requires_approval" ? "requires_approval" : "placed"),
      admin_url: `${backend}/app/quotes/${quote.id}`,
    },
  }
}
