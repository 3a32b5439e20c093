import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { adminApi } from "../../lib/api"

const CompaniesPage = () => {
  const [companies, setCompanies] = useState<any[] | null>(null)
  const [error, setError] = useState("")
  const [draft, setDraft] = useState({ legal_name: "", aliases: "", tax_id: "", currency_code: "cny" })
  const navigate = useNavigate()
  const create = async () => {
    setError("")
    try {
      const r = await adminApi("/admin/ordo/companies", {
        method: "POST",
        body: {
          legal_name: draft.legal_name,
          aliases: draft.aliases
            .split(",")
            .map((a) => a.trim())
            .filter(Boolean),
          tax_id: draft.tax_id || undefined,
          currency_code: draft.currency_code,
        },
      })
      navigate(`/companies/${r.company.id}`)
    } catch (e: any) {
      setError(e.message)
    }
  }
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
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input
          size="small"
          placeholder="Legal name"
          value={draft.legal_name}
          onChange={(e) => setDraft({ ...draft, legal_name: e.target.value })}
        />
        <Input
          size="small"
          placeholder="Aliases, comma separated"
          value={draft.aliases}
          onChange={(e) => setDraft({ ...draft, aliases: e.target.value })}
        />
        <Input
          size="small"
          placeholder="Tax id"
          value={draft.tax_id}
          onChange={(e) => setDraft({ ...draft, tax_id: e.target.value })}
        />
        <Input
          size="small"
          placeholder="cny"
          value={draft.currency_code}
          onChange={(e) => setDraft({ ...draft, currency_code: e.target.value })}
        />
        <Button size="small" onClick={create}>
          New company
        </Button>
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
