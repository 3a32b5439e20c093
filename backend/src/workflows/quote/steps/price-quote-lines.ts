import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteLineInput } from "../../../domain/quote-pricing"
import { companyForQuoting, priceForCompany } from "../../../queries/quote/pricing"

export const priceQuoteLinesStepId = "ordo-price-quote-lines"

/**
 * The company's currency, region and contract prices, and the lines priced for it (a line with
 * neither price nor discount gets the contract price). Reads only.
 */
export const priceQuoteLinesStep = createStep(
  priceQuoteLinesStepId,
  async (input: { company_id: string; lines: QuoteLineInput[] }, { container }) => {
    const company = await companyForQuoting(container, input.company_id)
    const { lines, total } = await priceForCompany(container, company, input.lines)
    return new StepResponse({
      company: {
        id: company.id as string,
        region_id: company.region_id,
        currency_code: company.currency_code as string,
        sales_rep_id: ((company as any).sales_rep_id as string | null) ?? null,
      },
      lines,
      total,
    })
  },
)
