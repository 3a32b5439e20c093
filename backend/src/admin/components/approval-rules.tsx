import { Button, Checkbox, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useApprovalRules, useCreateApprovalRule, useUpdateApprovalRule } from "../hooks/approvals"
import { DataTable } from "./ui/data-table"

const TYPES = [
  ["order_total_above", "Order total above"],
  ["line_discount_above", "Any line discount above %"],
  ["buyer_over_spending_limit", "Buyer over spending limit"],
  ["company_over_credit_limit", "Company over credit limit"],
  ["company_on_hold", "Company on credit hold"],
] as const
const ROLES = ["company_admin", "sales_manager", "finance"] as const

const condition = (r: any) =>
  r.type === "order_total_above"
    ? `total > ${r.amount} ${String(r.currency_code).toUpperCase()}`
    : r.type === "line_discount_above"
      ? `discount > ${r.percent}%`
      : r.type.replaceAll("_", " ")

/** The seller's approval policy: rules with their approver chain; edits apply to orders placed from now on. */
export function ApprovalRules() {
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
  const call = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
    } catch (e: any) {
      setError(e.message)
    }
  }
  const toggleLevel = (role: string) =>
    setDraft((d) => ({
      ...d,
      levels: d.levels.includes(role) ? d.levels.filter((r) => r !== role) : [...d.levels, role],
    }))
  const addRule = () =>
    call(() =>
      createRule.mutateAsync({
        name: draft.name,
        type: draft.type,
        levels: ROLES.filter((r) => draft.levels.includes(r)),
        ...(draft.type === "order_total_above" ? { amount: draft.amount, currency_code: draft.currency_code } : {}),
        ...(draft.type === "line_discount_above" ? { percent: draft.percent } : {}),
      }),
    )
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">Approval rules</Heading>
      <DataTable
        rows={rules}
        rowKey={(r) => r.id}
        columns={[
          { key: "name", header: "Rule", cell: (r) => r.name },
          { key: "condition", header: "Condition", cell: condition },
          { key: "levels", header: "Approvers, in order", cell: (r) => (r.levels ?? []).join(" → ") },
          {
            key: "active",
            header: "Active",
            cell: (r) => (
              <Checkbox
                checked={r.active}
                onCheckedChange={(v) => call(() => updateRule.mutateAsync({ id: r.id, active: !!v }))}
              />
            ),
          },
        ]}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Input
          size="small"
          placeholder="Rule name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <Select size="small" value={draft.type} onValueChange={(type) => setDraft({ ...draft, type })}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {TYPES.map(([v, label]) => (
              <Select.Item key={v} value={v}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {draft.type === "order_total_above" ? (
          <>
            <Input
              size="small"
              placeholder="Amount"
              value={draft.amount}
              onChange={(e) => setDraft({ ...draft, amount: e.target.value })}
            />
            <Input
              size="small"
              placeholder="cny"
              value={draft.currency_code}
              onChange={(e) => setDraft({ ...draft, currency_code: e.target.value })}
            />
          </>
        ) : null}
        {draft.type === "line_discount_above" ? (
          <Input
            size="small"
            placeholder="Percent"
            value={draft.percent}
            onChange={(e) => setDraft({ ...draft, percent: e.target.value })}
          />
        ) : null}
        {ROLES.map((role) => (
          <div key={role} className="flex items-center gap-1">
            <Checkbox
              id={`level-${role}`}
              checked={draft.levels.includes(role)}
              onCheckedChange={() => toggleLevel(role)}
            />
            <Label htmlFor={`level-${role}`} size="small">
              {role.replace("_", " ")}
            </Label>
          </div>
        ))}
        <Button size="small" onClick={addRule}>
          Add rule
        </Button>
      </div>
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
