import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Container, Heading, Table } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminApi, day, money } from "../../lib/api"

const STATUSES = ["", "draft", "sent", "accepted", "rejected", "expired", "ordered"]

const QuotesPage = () => {
  const [status, setStatus] = useState("")
  const [quotes, setQuotes] = useState<any[]>([])
  const [companies, setCompanies] = useState<Record<string, string>>({})
  useEffect(() => {
    adminApi("/admin/ordo/companies").then((r) =>
      setCompanies(Object.fromEntries(r.companies.map((c: any) => [c.id, c.legal_name]))),
    )
  }, [])
  useEffect(() => {
    adminApi(`/admin/ordo/quotes${status ? `?status=${status}` : ""}`).then((r) => setQuotes(r.quotes))
  }, [status])
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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Quote</Table.HeaderCell>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Version</Table.HeaderCell>
            <Table.HeaderCell>Valid until</Table.HeaderCell>
            <Table.HeaderCell>Total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {quotes.map((q) => (
            <Table.Row key={q.id} data-testid="admin-quote-row">
              <Table.Cell>
                <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                  Q-{q.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{companies[q.company_id] ?? q.company_id}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{q.status}</Badge>
              </Table.Cell>
              <Table.Cell>v{q.current_version}</Table.Cell>
              <Table.Cell>{day(q.valid_until)}</Table.Cell>
              <Table.Cell>{money(q.total, q.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Quotes", icon: DocumentText })

export default QuotesPage
