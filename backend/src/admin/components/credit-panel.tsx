import { Button, Checkbox, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCompanyCredit, useUpdateCompanyCredit } from "../hooks/companies"
import { money } from "../lib/format"
import { NativeSelect } from "./ui/native-select"

const TERMS = ["prepaid", "cod", "deposit", "net", "eom"].map((t) => [t, t] as const)
const INVOICE_ON = [
  ["fulfillment", "invoice per shipment"],
  ["order_placed", "invoice when placed"],
  ["manual", "invoice manually"],
] as const

/** A company's credit: terms, limit, exposure, hold, invoicing moment and dunning pause. */
export function CreditPanel({ companyId, currency }: { companyId: string; currency: string }) {
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
  if (!data) return <Text size="small">{error || loadError?.message || "Loading…"}</Text>
  const save = async (patch: Record<string, unknown>) => {
    setError("")
    try {
      await updateCredit.mutateAsync(patch)
    } catch (e: any) {
      setError(e.message)
    }
  }
  const c = data.credit
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">Credit</Heading>
      <Text size="small">
        Exposure {money(data.exposure.exposure, currency)} (open invoices {money(data.exposure.open_invoices, currency)}{" "}
        + uninvoiced orders {money(data.exposure.uninvoiced_orders, currency)} − credit{" "}
        {money(data.exposure.credit, currency)})
        {c.credit_limit != null ? ` of a ${money(c.credit_limit, currency)} limit` : ", no limit"}
      </Text>
      {c.on_hold ? (
        <Text size="small" className="text-ui-fg-error">
          On hold ({c.hold_source}): {c.hold_reason}
        </Text>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <NativeSelect
          bare
          aria-label="Terms"
          value={form.terms}
          onChange={(terms) => setForm({ ...form, terms })}
          options={TERMS}
        />
        <Input
          size="small"
          aria-label="Days"
          value={form.net_days}
          onChange={(e) => setForm({ ...form, net_days: e.target.value })}
        />
        <Input
          size="small"
          aria-label="Credit limit"
          placeholder="No limit"
          value={form.credit_limit}
          onChange={(e) => setForm({ ...form, credit_limit: e.target.value })}
        />
        <NativeSelect
          bare
          aria-label="Invoice on"
          value={form.invoice_on}
          onChange={(invoice_on) => setForm({ ...form, invoice_on })}
          options={INVOICE_ON}
        />
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
          Save terms
        </Button>
      </div>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-1">
          <Checkbox
            id="credit-hold"
            checked={c.on_hold}
            onCheckedChange={(v) => save({ on_hold: !!v, hold_reason: v ? "Set by staff" : null })}
          />
          <Label htmlFor="credit-hold" size="small">
            Credit hold
          </Label>
        </div>
        <div className="flex items-center gap-1">
          <Checkbox
            id="dunning-paused"
            checked={c.dunning_paused}
            onCheckedChange={(v) => save({ dunning_paused: !!v })}
          />
          <Label htmlFor="dunning-paused" size="small">
            Pause reminders
          </Label>
        </div>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
