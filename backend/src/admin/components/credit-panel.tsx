import { Badge, Button, Checkbox, Heading, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCompanyCredit, useUpdateCompanyCredit } from "../hooks/companies"
import { money } from "../lib/format"
import { FormField, TextField } from "./ui/form-field"
import { NativeSelect } from "./ui/native-select"

const TERMS = ["prepaid", "cod", "deposit", "net", "eom"] as const
const INVOICE_ON = ["fulfillment", "order_placed", "manual"] as const

/** A company's credit: terms, limit, exposure, hold, invoicing moment and dunning pause. */
export function CreditPanel({ companyId, currency }: { companyId: string; currency: string }) {
  const { t } = useTranslation()
  const { data, error: loadError } = useCompanyCredit(companyId)
  const updateCredit = useUpdateCompanyCredit(companyId)
  const [form, setForm] = useState<any>({})
  const [error, setError] = useState("")
  // Every (re)load resets the terms form to what is saved.
  useEffect(() => {
    if (!data) return
    setForm({
      terms: data.credit.terms,
      net_days: String(data.credit.net_days),
      credit_limit: data.credit.credit_limit ?? "",
      invoice_on: data.credit.invoice_on,
    })
  }, [data])
  if (!data) return <Text size="small">{error || loadError?.message || t("ordo.finance.loading")}</Text>
  const save = async (patch: Record<string, unknown>) => {
    setError("")
    try {
      await updateCredit.mutateAsync(patch)
      toast.success(t("ordo.finance.credit.saved"))
    } catch (e: any) {
      setError(e.message)
    }
  }
  const c = data.credit
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">{t("ordo.finance.credit.title")}</Heading>
      <dl className="grid grid-cols-3 gap-2" data-testid="credit-summary">
        <div>
          <dt className="txt-compact-xsmall text-ui-fg-subtle">{t("ordo.finance.credit.limit")}</dt>
          <dd className="txt-compact-small-plus">
            {c.credit_limit != null ? money(c.credit_limit, currency) : t("ordo.finance.credit.noLimit")}
          </dd>
        </div>
        <div>
          <dt className="txt-compact-xsmall text-ui-fg-subtle">{t("ordo.finance.credit.used")}</dt>
          <dd className="txt-compact-small-plus">{money(data.exposure.exposure, currency)}</dd>
        </div>
        <div>
          <dt className="txt-compact-xsmall text-ui-fg-subtle">{t("ordo.finance.credit.available")}</dt>
          <dd
            className={`txt-compact-small-plus ${Number(data.exposure.available) < 0 ? "text-ui-fg-error" : ""}`}
            data-testid="credit-available"
          >
            {data.exposure.available != null ? money(data.exposure.available, currency) : "—"}
          </dd>
        </div>
      </dl>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("ordo.finance.credit.breakdown", {
          open: money(data.exposure.open_invoices, currency),
          uninvoiced: money(data.exposure.uninvoiced_orders, currency),
          credit: money(data.exposure.credit, currency),
        })}
      </Text>
      {c.on_hold ? (
        <div className="flex items-center gap-2" data-testid="credit-hold-state">
          <Badge size="2xsmall" color="red">
            {t("ordo.finance.credit.onHold")}
          </Badge>
          <Text size="small" className="text-ui-fg-error">
            {t(`ordo.finance.credit.holdSource.${c.hold_source}`, { defaultValue: c.hold_source ?? "" })}
            {c.hold_reason ? ` · ${c.hold_reason}` : ""}
          </Text>
        </div>
      ) : (
        <Badge size="2xsmall" color="green" className="w-fit" data-testid="credit-hold-state">
          {t("ordo.finance.credit.notOnHold")}
        </Badge>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <FormField id="credit-terms" label={t("ordo.finance.credit.terms")}>
          <NativeSelect
            id="credit-terms"
            value={form.terms}
            onChange={(terms) => setForm({ ...form, terms })}
            options={TERMS.map((x) => [x, t(`ordo.finance.terms.${x}`)] as const)}
          />
        </FormField>
        <TextField
          id="credit-days"
          label={t("ordo.finance.credit.days")}
          className="w-20"
          value={form.net_days}
          onChange={(e) => setForm({ ...form, net_days: e.target.value })}
        />
        <TextField
          id="credit-limit"
          label={t("ordo.finance.credit.limit")}
          placeholder={t("ordo.finance.credit.noLimit")}
          value={form.credit_limit}
          onChange={(e) => setForm({ ...form, credit_limit: e.target.value })}
        />
        <FormField id="credit-invoice-on" label={t("ordo.finance.credit.invoiceOn")}>
          <NativeSelect
            id="credit-invoice-on"
            value={form.invoice_on}
            onChange={(invoice_on) => setForm({ ...form, invoice_on })}
            options={INVOICE_ON.map((x) => [x, t(`ordo.finance.invoiceOn.${x}`)] as const)}
          />
        </FormField>
        <Button
          size="small"
          variant="secondary"
          onClick={() =>
            save({
              terms: form.terms,
              net_days: Number(form.net_days),
              credit_limit: form.credit_limit === "" ? null : form.credit_limit,
              invoice_on: form.invoice_on,
            })
          }
        >
          {t("ordo.finance.credit.saveTerms")}
        </Button>
      </div>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-1">
          <Checkbox
            id="credit-hold"
            checked={c.on_hold}
            onCheckedChange={(v) => save({ on_hold: !!v, hold_reason: v ? t("ordo.finance.credit.setByStaff") : null })}
          />
          <Label htmlFor="credit-hold" size="small">
            {t("ordo.finance.credit.hold")}
          </Label>
        </div>
        <div className="flex items-center gap-1">
          <Checkbox
            id="dunning-paused"
            checked={c.dunning_paused}
            onCheckedChange={(v) => save({ dunning_paused: !!v })}
          />
          <Label htmlFor="dunning-paused" size="small">
            {t("ordo.finance.credit.pauseReminders")}
          </Label>
        </div>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
