import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormField } from "../../../components/ui/form-field"
import { NativeSelect } from "../../../components/ui/native-select"
import { useAssignSalesRep, useSalesReps } from "../../../hooks/companies"

type Company = { id: string; legal_name: string; sales_rep?: { id: string; name: string } | null }

/** Who owns the customer; sales managers and managers choose the rep (or nobody). */
export function SalesRepCard({ company }: { company: Company }) {
  const { t } = useTranslation()
  const reps = useSalesReps()
  const assign = useAssignSalesRep(company.id)
  const current = company.sales_rep?.id ?? ""
  const [choice, setChoice] = useState(current)
  const [error, setError] = useState("")
  useEffect(() => setChoice(current), [current])
  const canAssign = !!reps.data?.can_assign
  const options = (reps.data?.sales_reps ?? []).map((r) => [r.user_id, r.name] as const)
  // A rep who has since lost the sales role still shows as the owner.
  if (company.sales_rep && !options.some(([id]) => id === company.sales_rep?.id))
    options.unshift([company.sales_rep.id, company.sales_rep.name])
  const save = async () => {
    setError("")
    try {
      const r = await assign.mutateAsync(choice || null)
      const name = r.company?.sales_rep?.name
      toast.success(
        name
          ? t("ordo.reps.card.saved", { company: company.legal_name, name })
          : t("ordo.reps.card.cleared", { company: company.legal_name }),
      )
    } catch (e: any) {
      setError(e.message)
    }
  }
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="sales-rep-card">
      <Heading level="h2">{t("ordo.reps.card.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("ordo.reps.card.intro")}
      </Text>
      <Text size="small" weight="plus" data-testid="sales-rep-current">
        {company.sales_rep ? t("ordo.reps.card.current", { name: company.sales_rep.name }) : t("ordo.reps.card.none")}
      </Text>
      {canAssign ? (
        <div className="flex flex-wrap items-end gap-2">
          <FormField id="company-sales-rep" label={t("ordo.reps.salesRep")}>
            <NativeSelect
              id="company-sales-rep"
              value={choice}
              empty={t("ordo.reps.nobody")}
              onChange={setChoice}
              options={options}
            />
          </FormField>
          <Button
            size="small"
            variant="secondary"
            isLoading={assign.isPending}
            disabled={choice === current}
            onClick={save}
            data-testid="sales-rep-save"
          >
            {t("ordo.reps.card.save")}
          </Button>
        </div>
      ) : reps.data ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("ordo.reps.card.noRight")}
        </Text>
      ) : null}
      {error ? (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      ) : null}
    </Container>
  )
}
