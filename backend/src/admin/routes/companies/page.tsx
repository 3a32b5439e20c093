import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { adminApi } from "../../lib/api"

const CompaniesPage = () => {
  const [companies, setCompanies] = useState<any[] | null>(null)
  const [error, setError] = useState("")
  useEffect(() => {
    adminApi("/admin/ordo/companies")
      .then((r) => setCompanies(r.companies))
      .catch((e) => setError(e.message))
  }, [])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Companies</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          B2B accounts with their buyers, roles, spending limits and contract price lists.
        </Text>
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Aliases</Table.HeaderCell>
            <Table.HeaderCell>Tax id</Table.HeaderCell>
            <Table.HeaderCell>Currency</Table.HeaderCell>
            <Table.HeaderCell>Buyers</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(companies ?? []).map((c) => (
            <Table.Row key={c.id} data-testid="company-row">
              <Table.Cell>
                <Link to={`/companies/${c.id}`} className="text-ui-fg-interactive">
                  {c.legal_name}
                </Link>
              </Table.Cell>
              <Table.Cell>{(c.aliases ?? []).join(", ")}</Table.Cell>
              <Table.Cell>{c.tax_id ?? "—"}</Table.Cell>
              <Table.Cell>{c.currency_code.toUpperCase()}</Table.Cell>
              <Table.Cell>{c.buyers?.length ?? 0}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: BuildingStorefront })

export default CompaniesPage
