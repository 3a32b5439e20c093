import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personName } from "../../domain/names"
import { diffQuoteLines } from "../../domain/quote-pricing"
import { chineseTitlesOfVariants } from "../catalog/chinese-titles"

/** A quote with its versions (each with what changed from the one before), thread and names. */
export async function quoteView(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [quote],
  } = await query.graph({ entity: "quote", fields: ["*", "versions.*", "messages.*"], filters })
  if (!quote) return undefined
  const versions = [...(quote.versions ?? [])].filter(Boolean).sort((a: any, b: any) => a.version - b.version)
  const [{ data: customers }, { data: companies }, { data: orders }, titlesZh] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: quote.customer_id },
    }),
    query.graph({ entity: "company", fields: ["id", "legal_name", "locale"], filters: { id: quote.company_id } }),
    quote.order_id
      ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: quote.order_id } })
      : Promise.resolve({ data: [] as any[] }),
    chineseTitlesOfVariants(
      container,
      versions.flatMap((v: any) => (v.lines ?? []).map((l: any) => l?.variant_id)),
    ),
  ])
  return {
    ...quote,
    customer_name: personName(customers[0]),
    company_name: (companies[0] as any)?.legal_name,
    company_locale: (companies[0] as any)?.locale,
    order: orders[0] ?? null,
    versions: versions.map((v: any, i: number) => ({
      ...v,
      lines: (v.lines ?? []).map((l: any) => ({ ...l, title_zh: titlesZh.get(l?.variant_id) ?? null })),
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
  const companyIds = [...new Set((data as any[]).map((q) => q.company_id as string))]
  const { data: companies } = companyIds.length
    ? await query.graph({ entity: "company", fields: ["id", "legal_name"], filters: { id: companyIds } })
    : { data: [] as any[] }
  const nameOf = new Map((companies as any[]).map((c) => [c.id, c.legal_name as string]))
  return data.map((q: any) => {
    const current = (q.versions ?? []).find((v: any) => v?.version === q.current_version)
    const { versions: _versions, ...rest } = q
    return { ...rest, company_name: nameOf.get(q.company_id) ?? null, total: current?.total ?? null }
  })
}
