import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteAuthor } from "../types"

export const addQuoteVersionStepId = "ordo-add-quote-version"

/**
 * The next version of a quote's lines; the quote goes back to draft until it is sent again.
 * Compensation removes the version and restores the quote.
 */
export const addQuoteVersionStep = createStep(
  addQuoteVersionStepId,
  async (
    input: { quote_id: string; lines: unknown[]; total: string; note?: string | null; author: QuoteAuthor },
    { container },
  ) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const before = await quotes.retrieveQuote(input.quote_id)
    const version = await quotes.createQuoteVersions({
      quote_id: before.id,
      version: before.current_version + 1,
      lines: input.lines,
      total: input.total,
      note: input.note ?? null,
      author_type: input.author.type,
      author_id: input.author.id,
      author_name: input.author.name,
    } as any)
    await quotes.updateQuotes({ id: before.id, current_version: before.current_version + 1, status: "draft" } as any)
    return new StepResponse(version, {
      version_id: version.id as string,
      quote: { id: before.id, current_version: before.current_version, status: before.status },
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    await quotes.deleteQuoteVersions(prev.version_id)
    await quotes.updateQuotes(prev.quote as any)
  },
)
