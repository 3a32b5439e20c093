import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { RepFilter } from "../../components/rep-filter"
import { DataTable } from "../../components/ui/data-table"
import { TextField } from "../../components/ui/form-field"
import { useCompanies, useCreateCompany } from "../../hooks/companies"
import { splitAliases } from "../../lib/format"

/** Companies: the B2B accounts with their sales reps ("my customers" and by rep), and a new one. */
const CompaniesPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const rep = params.get("rep") ?? ""
  const companies = useCompanies(rep)
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
        <Heading level="h1">{t("ordo.finance.companies.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.finance.companies.intro")}
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-2 px-6 py-4">
        <TextField
          id="new-company-name"
          label={t("ordo.finance.company.legalName")}
          value={draft.legal_name}
          onChange={(e) => setDraft({ ...draft, legal_name: e.target.value })}
        />
        <TextField
          id="new-company-aliases"
          label={t("ordo.finance.company.aliases")}
          placeholder={t("ordo.finance.company.aliasesHint")}
          value={draft.aliases}
          onChange={(e) => setDraft({ ...draft, aliases: e.target.value })}
        />
        <TextField
          id="new-company-tax-id"
          label={t("ordo.finance.company.taxId")}
          value={draft.tax_id}
          onChange={(e) => setDraft({ ...draft, tax_id: e.target.value })}
        />
        <TextField
          id="new-company-currency"
          label={t("ordo.finance.companies.currency")}
          placeholder="cny"
          value={draft.currency_code}
          onChange={(e) => setDraft({ ...draft, currency_code: e.target.value })}
        />
        <Button size="small" onClick={create}>
          {t("ordo.finance.companies.create")}
        </Button>
      </div>
      {shownError ? <Text className="px-6 py-4 text-ui-fg-error">{shownError}</Text> : null}
      <div className="flex flex-wrap items-end gap-2 px-6 py-4">
        <RepFilter id="companies-rep" value={rep} onChange={(v) => setParams(v ? { rep: v } : {}, { replace: true })} />
      </div>
      <DataTable
        rows={companies.data?.companies ?? []}
        rowKey={(c) => c.id}
        rowProps={() => ({ "data-testid": "company-row" })}
        columns={[
          {
            key: "company",
            header: t("ordo.finance.companyName"),
            cell: (c) => (
              <Link to={`/companies/${c.id}`} className="text-ui-fg-interactive">
                {c.legal_name}
              </Link>
            ),
          },
          {
            key: "rep",
            header: t("ordo.reps.salesRep"),
            cell: (c) => <span data-testid="company-rep">{c.sales_rep?.name ?? "—"}</span>,
          },
          { key: "aliases", header: t("ordo.finance.company.aliases"), cell: (c) => (c.aliases ?? []).join(", ") },
          { key: "tax", header: t("ordo.finance.company.taxId"), cell: (c) => c.tax_id ?? "—" },
          { key: "currency", header: t("ordo.finance.companies.currency"), cell: (c) => c.currency_code.toUpperCase() },
          { key: "buyers", header: t("ordo.finance.company.buyers"), cell: (c) => c.buyers?.length ?? 0 },
        ]}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ordo.finance.companies.title",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default CompaniesPage
