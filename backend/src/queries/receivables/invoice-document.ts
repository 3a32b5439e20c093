import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invoiceWithLines } from "./invoices"

/** An invoice with its lines and the company it is addressed to (undefined when not the company's). */
export async function invoiceDocument(container: MedusaContainer, invoiceId: string, companyId?: string) {
  const invoice = await invoiceWithLines(container, invoiceId, companyId)
  if (!invoice) return undefined
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["legal_name", "locale"], filters: { id: invoice.company_id } })
  return {
    invoice,
    company_name: (company?.legal_name as string) ?? "",
    company_locale: company?.locale as string | null,
  }
}
