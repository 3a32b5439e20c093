import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataTable } from "../../components/ui/data-table"
import { useCompanies } from "../../hooks/companies"
import { useQuotes } from "../../hooks/quotes"
import { day, money } from "../../lib/format"

const STATUSES = ["", "draft", "sent", "accepted", "rejected", "expired", "ordered"]

const QuotesPage = () => {
  const [status, setStatus] = useState("")
  const quotes = useQuotes(status).data?.quotes ?? []
  const companies = Object.fromEntries(
    (useCompanies().data?.companies ?? []).map((c: any) => [c.id, c.legal_name as string]),
  )
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Quotes</Heading>
        <div className="flex gap-x-2">
          {STATUSES.map((s) => (
            <button
              type="button"
              key={s || "all"}
              onClick={() => setStatus(s)}
              className={s === status ? "font-medium underline" : "text-ui-fg-subtle"}
            >
              {s || "all"}
            </button>
          ))}
        </div>
      </div>
      <DataTable
        rows={quotes}
        rowKey={(q) => q.id}
        rowProps={() => ({ "data-testid": "admin-quote-row" })}
        columns={[
          {
            key: "quote",
            header: "Quote",
            cell: (q) => (
              <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                Q-{q.display_id}
              </Link>
            ),
          },
          { key: "company", header: "Company", cell: (q) => companies[q.company_id] ?? q.company_id },
          { key: "status", header: "Status", cell: (q) => <Badge size="2xsmall">{q.status}</Badge> },
          { key: "version", header: "Version", cell: (q) => `v${q.current_version}` },
          { key: "valid", header: "Valid until", cell: (q) => day(q.valid_until) },
          { key: "total", header: "Total", cell: (q) => money(q.total, q.currency_code) },
        ]}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Quotes", icon: DocumentText })

export default QuotesPage
