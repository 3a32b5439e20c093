import { Button, Checkbox, Heading, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useApprovalRules, useCreateApprovalRule, useUpdateApprovalRule } from "../hooks/approvals"
import { DataTable } from "./ui/data-table"
import { FormField, TextField } from "./ui/form-field"
import { NativeSelect } from "./ui/native-select"

const TYPES = [
  "order_total_above",
  "line_discount_above",
  "buyer_over_spending_limit",
  "company_over_credit_limit",
  "company_on_hold",
] as const
const ROLES = ["company_admin", "sales_manager", "finance"] as const

/** The seller's approval policy: rules with their approver chain; edits apply to orders placed from now on. */
export function ApprovalRules() {
  const { t } = useTranslation()
  const role = (r: string) => t(`ordo.orders.roles.${r}`, { defaultValue: r.replaceAll("_", " ") })
  const condition = (r: any) =>
    r.type === "order_total_above"
      ? t("ordo.orders.rules.condition.total", { amount: r.amount, currency: String(r.currency_code).toUpperCase() })
      : r.type === "line_discount_above"
        ? t("ordo.orders.rules.condition.discount", { percent: r.percent })
        : t(`ordo.orders.rules.types.${r.type}`, { defaultValue: r.type.replaceAll("_", " ") })
  const rules = useApprovalRules().data?.rules ?? []
  const createRule = useCreateApprovalRule()
  const updateRule = useUpdateApprovalRule()
  const [error, setError] = useState("")
  const [draft, setDraft] = useState({
    name: "",
    type: "order_total_above",
    amount: "",
    currency_code: "cny",
    percent: "",
    levels: ["sales_manager"] as string[],
  })
  const call = async (fn: () => Promise<unknown>, done: string) => {
    setError("")
    try {
      await fn()
      toast.success(done)
      return true
    } catch (e: any) {
      setError(e.message)
      return false
    }
  }
  const toggleLevel = (role: string) =>
    setDraft((d) => ({
      ...d,
      levels: d.levels.includes(role) ? d.levels.filter((r) => r !== role) : [...d.levels, role],
    }))
  const addRule = async () => {
    const added = await call(
      () =>
        createRule.mutateAsync({
          name: draft.name,
          type: draft.type,
          levels: ROLES.filter((r) => draft.levels.includes(r)),
          ...(draft.type === "order_total_above" ? { amount: draft.amount, currency_code: draft.currency_code } : {}),
          ...(draft.type === "line_discount_above" ? { percent: draft.percent } : {}),
        }),
      t("ordo.orders.rules.added", { name: draft.name }),
    )
    if (added) setDraft((d) => ({ ...d, name: "", amount: "", percent: "" }))
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">{t("ordo.orders.rules.title")}</Heading>
      <DataTable
        rows={rules}
        rowKey={(r) => r.id}
        columns={[
          { key: "name", header: t("ordo.orders.rules.col.rule"), cell: (r) => r.name },
          { key: "condition", header: t("ordo.orders.rules.col.condition"), cell: condition },
          {
            key: "levels",
            header: t("ordo.orders.rules.col.levels"),
            cell: (r) => (r.levels ?? []).map(role).join(" → "),
          },
          {
            key: "active",
            header: t("ordo.orders.rules.col.active"),
            cell: (r) => (
              <Checkbox
                aria-label={t("ordo.orders.rules.activeLabel", { name: r.name })}
                checked={r.active}
                onCheckedChange={(v) =>
                  call(
                    () => updateRule.mutateAsync({ id: r.id, active: !!v }),
                    t(v ? "ordo.orders.rules.switchedOn" : "ordo.orders.rules.switchedOff", { name: r.name }),
                  )
                }
              />
            ),
          },
        ]}
      />
      <div className="flex flex-wrap items-end gap-2" data-testid="rule-form">
        <TextField
          id="rule-name"
          label={t("ordo.orders.rules.name")}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <FormField id="rule-type" label={t("ordo.orders.rules.type")}>
          <NativeSelect
            id="rule-type"
            value={draft.type}
            onChange={(type) => setDraft({ ...draft, type })}
            options={TYPES.map((v) => [v, t(`ordo.orders.rules.types.${v}`)] as const)}
          />
        </FormField>
        {draft.type === "order_total_above" ? (
          <>
            <TextField
              id="rule-amount"
              label={t("ordo.orders.rules.amount")}
              inputMode="decimal"
              value={draft.amount}
              onChange={(e) => setDraft({ ...draft, amount: e.target.value })}
            />
            <TextField
              id="rule-currency"
              label={t("ordo.orders.rules.currency")}
              value={draft.currency_code}
              onChange={(e) => setDraft({ ...draft, currency_code: e.target.value })}
            />
          </>
        ) : null}
        {draft.type === "line_discount_above" ? (
          <TextField
            id="rule-percent"
            label={t("ordo.orders.rules.percent")}
            inputMode="decimal"
            value={draft.percent}
            onChange={(e) => setDraft({ ...draft, percent: e.target.value })}
          />
        ) : null}
        <fieldset className="flex flex-col">
          <legend className="txt-compact-xsmall-plus text-ui-fg-base">{t("ordo.orders.rules.approvers")}</legend>
          <div className="flex items-center gap-x-3 py-1">
            {ROLES.map((r) => (
              <div key={r} className="flex items-center gap-1">
                <Checkbox id={`level-${r}`} checked={draft.levels.includes(r)} onCheckedChange={() => toggleLevel(r)} />
                <Label htmlFor={`level-${r}`} size="small">
                  {role(r)}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
        <Button size="small" onClick={addRule} isLoading={createRule.isPending}>
          {t("ordo.orders.rules.add")}
        </Button>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
