import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteAuthor } from "../types"

export type CreateQuoteStepInput = {
  company: { id: string; region_id: string; currency_code: string; sales_rep_id?: string | null }
  customer_id: string
  lines: unknown[]
  total: string
  note?: string | null
  po_number?: string | null
  created_by?: string | null
  author: QuoteAuthor
}

export const createQuoteStepId = "ordo-create-quote"

/** A draft quote (owned by the company's sales rep) with its first version; compensation deletes both. */
export const createQuoteStep = createStep(
  createQuoteStepId,
  async (input: CreateQuoteStepInput, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await quotes.createQuotes({
      company_id: input.company.id,
      customer_id: input.customer_id,
      region_id: input.company.region_id,
      currency_code: input.company.currency_code,
      status: "draft",
      po_number: input.po_number ?? null,
      created_by: input.created_by ?? null,
      // The quote belongs to the company's rep as it is created, like an order as it is placed.
      sales_rep_id: input.company.sales_rep_id ?? null,
      current_version: 1,
    } as any)
    const version = await quotes.createQuoteVersions({
      quote_id: quote.id,
      version: 1,
      lines: input.lines,
      total: input.total,
      note: input.note ?? null,
      author_type: input.author.type,
      author_id: input.author.id,
      author_name: input.author.name,
    } as any)
    return new StepResponse(quote, { quote_id: quote.id, version_id: version.id })
  },
  async (ids, { container }) => {
    if (!ids) return
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    await quotes.deleteQuoteVersions(ids.version_id)
    await quotes.deleteQuotes(ids.quote_id)
  },
)
