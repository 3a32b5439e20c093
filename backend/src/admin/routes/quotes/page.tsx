import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { DataTable } from "../../components/ui/data-table"
import { FormField } from "../../components/ui/form-field"
import { NativeSelect } from "../../components/ui/native-select"
import { useCompanies } from "../../hooks/companies"
import { useQuotes } from "../../hooks/quotes"
import { day, money } from "../../lib/format"
import { quoteStatusColour } from "./quote-status"

const STATUSES = ["draft", "sent", "accepted", "rejected", "expired", "ordered"]

/** Every quote, newest first, filtered by status (kept in the address bar). */
const QuotesPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const status = params.get("status") ?? ""
  const { data, error, isLoading } = useQuotes(status)
  const quotes = data?.quotes ?? []
  const companies = Object.fromEntries(
    (useCompanies().data?.companies ?? []).map((c: any) => [c.id, c.legal_name as string]),
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">{t("ordo.orders.quotes.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.orders.quotes.subtitle")}
          </Text>
        </div>
        <FormField id="quotes-status" label={t("ordo.orders.quotes.status")}>
          <NativeSelect
            id="quotes-status"
            value={status}
            empty={t("ordo.orders.quotes.anyStatus")}
            onChange={(v) => setParams(v ? { status: v } : {}, { replace: true })}
            options={STATUSES.map((s) => [s, t(`ordo.orders.quotes.statuses.${s}`)] as const)}
          />
        </FormField>
      </div>
      {error ? <Text className="px-6 py-3 text-ui-fg-error">{error.message}</Text> : null}
      <DataTable
        rows={quotes}
        rowKey={(q) => q.id}
        rowProps={() => ({ "data-testid": "admin-quote-row" })}
        empty={isLoading ? t("ordo.orders.desk.loading") : t("ordo.orders.quotes.none")}
        columns={[
          {
            key: "quote",
            header: t("ordo.orders.quotes.col.quote"),
            cell: (q) => (
              <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                Q-{q.display_id}
              </Link>
            ),
          },
          {
            key: "company",
            header: t("ordo.orders.quotes.col.company"),
            cell: (q) => companies[q.company_id] ?? q.company_name ?? q.company_id,
          },
          {
            key: "status",
            header: t("ordo.orders.quotes.col.status"),
            cell: (q) => (
              <Badge size="2xsmall" color={quoteStatusColour(q.status)} data-status={q.status}>
                {t(`ordo.orders.quotes.statuses.${q.status}`, { defaultValue: q.status })}
              </Badge>
            ),
          },
          { key: "version", header: t("ordo.orders.quotes.col.version"), cell: (q) => `v${q.current_version}` },
          { key: "valid", header: t("ordo.orders.quotes.col.validUntil"), cell: (q) => day(q.valid_until) },
          {
            key: "total",
            header: t("ordo.orders.quotes.col.total"),
            align: "right",
            cell: (q) => money(q.total, q.currency_code),
          },
        ]}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ordo.orders.quotes.title",
  translationNs: "translation",
  icon: DocumentText,
})

export default QuotesPage
