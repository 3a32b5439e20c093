import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { DataTable } from "../../components/ui/data-table"
import { useCompanies, useCreateCompany } from "../../hooks/companies"
import { splitAliases } from "../../lib/format"

const CompaniesPage = () => {
  const companies = useCompanies()
  const createCompany = useCreateCompany()
  const [error, setError] = useState("")
  const [draft, setDraft] = useState({ legal_name: "", aliases: "", tax_id: "", currency_code: "cny" })
  const navigate = useNavigate()
  const create = async () => {
    setError("")
    try {
      const r = await createCompany.mutateAsync({
        legal_name: draft.legal_name,
        aliases: splitAliases(draft.aliases),
        tax_id: draft.tax_id || undefined,
        currency_code: draft.currency_code,
      })
      navigate(`/companies/${r.company.id}`)
    } catch (e: any) {
      setError(e.message)
    }
  }
  const shownError = error || companies.error?.message
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
      {shownError ? <Text className="px-6 py-4 text-ui-fg-error">{shownError}</Text> : null}
      <DataTable
        rows={companies.data?.companies ?? []}
        rowKey={(c) => c.id}
        rowProps={() => ({ "data-testid": "company-row" })}
        columns={[
          {
            key: "company",
            header: "Company",
            cell: (c) => (
              <Link to={`/companies/${c.id}`} className="text-ui-fg-interactive">
                {c.legal_name}
              </Link>
            ),
          },
          { key: "aliases", header: "Aliases", cell: (c) => (c.aliases ?? []).join(", ") },
          { key: "tax", header: "Tax id", cell: (c) => c.tax_id ?? "—" },
          { key: "currency", header: "Currency", cell: (c) => c.currency_code.toUpperCase() },
          { key: "buyers", header: "Buyers", cell: (c) => c.buyers?.length ?? 0 },
        ]}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Companies", icon: BuildingStorefront })

export default CompaniesPage
