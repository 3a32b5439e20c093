import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { conflict } from "../domain/errors"
import { personName } from "../domain/names"
import { diffQuoteLines, priceQuoteLines, type QuoteLineInput } from "../domain/quote-pricing"
import { QUOTE_MODULE } from "../modules/quote"
import type QuoteModuleService from "../modules/quote/service"
import { membershipOf } from "../queries/company/membership"
import { catalogPrices } from "../queries/pricing/catalog-prices"
import { staffEmailsWithRole } from "../queries/staff/roles"
import { placeOrderWorkflow } from "../workflows/order/place-order"
import { withLock } from "./stock-lock"

export { catalogPrices }

export const DEFAULT_VALIDITY_DAYS = 30

export type Author = { type: "customer" | "user"; id: string; name: string }

/** A company with what quoting needs: currency, region, contract price group. */
export async function companyForQuoting(container: MedusaContainer, companyId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [company],
  } = await query.graph({
    entity: "company",
    fields: ["id", "legal_name", "currency_code", "locale", "customer_group.id"],
    filters: { id: companyId },
  })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { currency_code: company.currency_code },
  })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region sells in ${company.currency_code.toUpperCase()}`)
  }
  return { ...company, region_id: regions[0].id as string, group_id: (company as any).customer_group?.id as string }
}

/** Prices lines for a company; a line with neither price nor discount gets the contract price. */
export async function priceForCompany(
  container: MedusaContainer,
  company: { region_id: string; currency_code: string; group_id?: string },
  input: QuoteLineInput[],
) {
  const catalog = await catalogPrices(
    container,
    company,
    input.map((l) => l.variant_id),
  )
  const withDefaults = input.map((l) =>
    l.unit_price == null && l.discount_percent == null
      ? { ...l, unit_price: catalog.get(l.variant_id)?.contract_price }
      : l,
  )
  return priceQuoteLines(withDefaults, catalog, company.currency_code)
}

const quoteService = (container: MedusaContainer) => container.resolve<QuoteModuleService>(QUOTE_MODULE)

export async function createQuote(
  container: MedusaContainer,
  input: {
    company_id: string
    customer_id: string
    lines: QuoteLineInput[]
    author: Author
    message?: string
    note?: string
    po_number?: string
    created_by?: string
  },
) {
  const company = await companyForQuoting(container, input.company_id)
  const { lines, total } = await priceForCompany(container, company, input.lines)
  const quotes = quoteService(container)
  const quote = await quotes.createQuotes({
    company_id: company.id,
    customer_id: input.customer_id,
    region_id: company.region_id,
    currency_code: company.currency_code,
    status: "draft",
    po_number: input.po_number ?? null,
    created_by: input.created_by ?? null,
    current_version: 1,
  } as any)
  await quotes.createQuoteVersions({
    quote_id: quote.id,
    version: 1,
    lines,
    total,
    note: input.note ?? null,
    author_type: input.author.type,
    author_id: input.author.id,
    author_name: input.author.name,
  } as any)
  if (input.message?.trim()) await addQuoteMessage(container, quote.id, input.author, input.message)
  return quote
}

/** A buyer's cart becomes a request for quote (version 1 at their contract prices); the cart is emptied. */
export async function requestQuoteFromCart(
  container: MedusaContainer,
  input: { cart_id: string; customer_id: string; message?: string; po_number?: string },
) {
  const membership = await membershipOf(container, input.customer_id)
  if (!membership) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only company buyers can request quotes")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: input.cart_id },
  })
  if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} not found`)
  }
  const items = (cart.items ?? []).filter(Boolean) as any[]
  if (!items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart_id: the cart is empty")
  const author = {
    type: "customer" as const,
    id: input.customer_id,
    name: await customerName(container, input.customer_id),
  }
  const quote = await createQuote(container, {
    company_id: membership.company_id,
    customer_id: input.customer_id,
    lines: items.map((i) => ({ variant_id: i.variant_id, quantity: Number(i.quantity) })),
    author,
    message: input.message,
    po_number: input.po_number,
  })
  await deleteLineItemsWorkflow(container).run({ input: { cart_id: cart.id, ids: items.map((i) => i.id) } })
  const managers = await staffEmailsWithRole(container, "sales_manager")
  if (managers.length) {
    await container.resolve(Modules.NOTIFICATION).createNotifications(
      managers.map((email) => ({
        to: email,
        channel: "email",
        template: "ordo-quote-requested",
        data: { quote_id: quote.id, quote_display_id: quote.display_id, requested_by: author.name },
        idempotency_key: `ordo-quote-requested:${quote.id}:${email}`,
      })),
    )
  }
  return quote
}

async function customerName(container: MedusaContainer, id: string) {
  const c = await container.resolve(Modules.CUSTOMER).retrieveCustomer(id)
  return personName(c) as string
}

export async function addQuoteMessage(container: MedusaContainer, quoteId: string, author: Author, body: string) {
  return quoteService(container).createQuoteMessages({
    quote_id: quoteId,
    author_type: author.type,
    author_id: author.id,
    author_name: author.name,
    body: body.trim(),
  } as any)
}

const refuse = (msg: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, msg)

/** Staff revise the lines: a new version; a sent quote goes back to draft until it is sent again. */
export async function reviseQuote(
  container: MedusaContainer,
  quoteId: string,
  input: { lines: QuoteLineInput[]; note?: string; author: Author },
) {
  return withLock(container, `quote:${quoteId}`, async () => {
    const quotes = quoteService(container)
    const quote = await quotes.retrieveQuote(quoteId)
    if (!["draft", "sent"].includes(quote.status)) refuseTransition(quote.status, "revised")
    const company = await companyForQuoting(container, quote.company_id)
    const { lines, total } = await priceForCompany(container, company, input.lines)
    const version = quote.current_version + 1
    await quotes.createQuoteVersions({
      quote_id: quote.id,
      version,
      lines,
      total,
      note: input.note ?? null,
      author_type: input.author.type,
      author_id: input.author.id,
      author_name: input.author.name,
    } as any)
    await quotes.updateQuotes({ id: quote.id, current_version: version, status: "draft" } as any)
  })
}

function refuseTransition(status: string, verb: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A quote that is ${status} cannot be ${verb}`)
}

export async function sendQuote(container: MedusaContainer, quoteId: string, validUntil?: Date) {
  return withLock(container, `quote:${quoteId}`, async () => {
    const quotes = quoteService(container)
    const quote = await quotes.retrieveQuote(quoteId)
    if (quote.status !== "draft") refuseTransition(quote.status, "sent")
    const until = validUntil ?? new Date(Date.now() + DEFAULT_VALIDITY_DAYS * 86400_000)
    if (until.getTime() <= Date.now()) throw refuse("valid_until: must be in the future")
    await quotes.updateQuotes({ id: quote.id, status: "sent", sent_at: new Date(), valid_until: until } as any)
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(quote.customer_id)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customer.email,
      channel: "email",
      template: "ordo-quote-sent",
      data: {
        quote_id: quote.id,
        quote_display_id: quote.display_id,
        version: quote.current_version,
        valid_until: until.toISOString(),
      },
      idempotency_key: `ordo-quote-sent:${quote.id}:${quote.current_version}`,
    })
  })
}

export async function rejectQuote(container: MedusaContainer, quoteId: string, reason: string) {
  return withLock(container, `quote:${quoteId}`, async () => {
    const quotes = quoteService(container)
    const quote = await quotes.retrieveQuote(quoteId)
    if (quote.status !== "sent") refuseTransition(quote.status, "rejected")
    await quotes.updateQuotes({
      id: quote.id,
      status: "rejected",
      decided_at: new Date(),
      rejection_reason: reason,
    } as any)
  })
}

/** Sent quotes past their validity become expired. Returns how many. */
export async function expireQuotes(container: MedusaContainer, now = new Date()) {
  const quotes = quoteService(container)
  const due = await quotes.listQuotes({ status: "sent", valid_until: { $lt: now } } as any, { select: ["id"] })
  if (due.length) await quotes.updateQuotes(due.map((q) => ({ id: q.id, status: "expired" })) as any)
  return due.length
}

/**
 * Accepting a sent quote places its order in one step: the quote's current version — its
 * lines, quantities and prices, exactly — through the place-order workflow (approvals, credit,
 * stock under lock, PO number). No cart is involved, so nothing a buyer edits can change a
 * quoted line. One order per quote: the quote's lock serialises concurrent accepts and
 * accepting an ordered quote is refused (409) naming its order.
 */
export async function acceptQuote(
  container: MedusaContainer,
  quoteId: string,
  input: { customer_id: string; address_id: string; po_number?: string; sales_channel_id: string },
) {
  return withLock(container, `quote:${quoteId}`, async () => {
    const quotes = quoteService(container)
    const quote = await quotes.retrieveQuote(quoteId)
    if (quote.status === "ordered" && quote.order_id) {
      // Exactly one order per quote: a second accept (a double click, a retry, a colleague) is
      // told where the order is and changes nothing.
      const {
        data: [order],
      } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["display_id"], filters: { id: quote.order_id } })
      throw conflict(`This quote was already accepted and ordered as order #${order?.display_id ?? quote.order_id}`)
    }
    if (quote.status === "sent" && quote.valid_until && new Date(quote.valid_until).getTime() < Date.now()) {
      await quotes.updateQuotes({ id: quote.id, status: "expired" } as any)
      throw refuse(`This quote expired on ${new Date(quote.valid_until).toISOString().slice(0, 10)}`)
    }
    if (!["sent", "accepted"].includes(quote.status)) refuseTransition(quote.status, "accepted")
    const { result } = await placeOrderWorkflow(container).run({
      input: {
        channel: "quote",
        customer_id: input.customer_id,
        sales_channel_id: input.sales_channel_id,
        quote_id: quote.id,
        address_id: input.address_id,
        po_number: input.po_number ?? quote.po_number,
      },
    })
    return { order_id: result.order_id, status: result.status }
  })
}

/** A quote with its versions (each with what changed from the one before), thread and names. */
export async function quoteView(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [quote],
  } = await query.graph({ entity: "quote", fields: ["*", "versions.*", "messages.*"], filters })
  if (!quote) return undefined
  const versions = [...(quote.versions ?? [])].filter(Boolean).sort((a: any, b: any) => a.version - b.version)
  const [{ data: customers }, { data: companies }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: quote.customer_id },
    }),
    query.graph({ entity: "company", fields: ["id", "legal_name", "locale"], filters: { id: quote.company_id } }),
    quote.order_id
      ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: quote.order_id } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  return {
    ...quote,
    customer_name: personName(customers[0]),
    company_name: (companies[0] as any)?.legal_name,
    company_locale: (companies[0] as any)?.locale,
    order: orders[0] ?? null,
    versions: versions.map((v: any, i: number) => ({
      ...v,
      changes: i === 0 ? [] : diffQuoteLines((versions[i - 1] as any).lines, v.lines),
    })),
    messages: [...(quote.messages ?? [])]
      .filter(Boolean)
      .sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at)),
  }
}

export async function listQuotes(container: MedusaContainer, filters: Record<string, unknown>, take = 100) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "quote",
    fields: [
      "id",
      "display_id",
      "status",
      "company_id",
      "customer_id",
      "currency_code",
      "valid_until",
      "current_version",
      "order_id",
      "created_at",
      "versions.version",
      "versions.total",
    ],
    filters,
    pagination: { skip: 0, take, order: { created_at: "DESC" } },
  })
  return data.map((q: any) => {
    const current = (q.versions ?? []).find((v: any) => v?.version === q.current_version)
    const { versions: _versions, ...rest } = q
    return { ...rest, total: current?.total ?? null }
  })
}
