import { Button, Checkbox, Container, Label, Text } from "@medusajs/ui"
import { TextField } from "../../../components/ui/form-field"
import { money, pct } from "../../../lib/format"
import type { OrderEntry } from "../use-order-entry"

/** PO, shipping and note; the check's totals, blocks and warnings to confirm; the three ways to save. */
export function Summary({ entry }: { entry: OrderEntry }) {
  const { state, dispatch, check, currency, blocks, warnings, disabled, busy, submit } = entry
  const unconfirmed = warnings.filter((w) => !state.confirmed.includes(w.key))
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="entry-check">
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          id="entry-po"
          label="PO number"
          labelSize="small"
          value={state.po}
          onChange={(e) => dispatch({ type: "po", value: e.target.value })}
        />
        <TextField
          id="entry-shipping"
          label="Shipping amount"
          labelSize="small"
          inputMode="decimal"
          placeholder="default"
          value={state.shipping}
          onChange={(e) => dispatch({ type: "shipping", value: e.target.value })}
        />
        <TextField
          id="entry-note"
          label="Note"
          labelSize="small"
          fieldClassName="flex min-w-[240px] flex-1 flex-col"
          value={state.note}
          onChange={(e) => dispatch({ type: "note", value: e.target.value })}
        />
      </div>

      {check ? (
        <div className="grid grid-cols-2 gap-x-6 gap-y-1 md:grid-cols-4" data-testid="entry-totals">
          <Text size="small">Subtotal {money(check.totals.subtotal, currency)}</Text>
          <Text size="small">Shipping {money(check.totals.shipping, currency)}</Text>
          <Text size="small">
            Tax {money(check.totals.tax, currency)}
            {check.tax_inclusive ? " (incl.)" : ""}
          </Text>
          <Text size="small" weight="plus" data-testid="entry-total">
            Total {money(check.totals.total, currency)}
          </Text>
          <Text size="small">Net revenue {money(check.totals.net_revenue, currency)}</Text>
          <Text size="small">Cost {money(check.totals.cost, currency)}</Text>
          <Text size="small">Margin {money(check.totals.margin, currency)}</Text>
          <Text size="small" weight="plus">
            Margin {pct(check.totals.margin_percent)}
          </Text>
        </div>
      ) : null}
      {entry.checking ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          Checking…
        </Text>
      ) : null}
      {entry.checkError ? (
        <Text size="small" className="text-ui-fg-error">
          {entry.checkError}
        </Text>
      ) : null}

      {blocks.length ? (
        <ul className="flex flex-col gap-y-1" data-testid="entry-blocks">
          {blocks.map((b) => (
            <li
              key={`${b.code}-${b.index ?? ""}-${b.sku ?? ""}`}
              className="rounded-md bg-ui-tag-red-bg px-2 py-1"
              data-testid="entry-block"
            >
              <Text size="small" className="text-ui-fg-error">
                {b.index != null ? `Line ${b.index + 1}: ` : ""}
                {b.message}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}

      {warnings.length ? (
        <ul className="flex flex-col gap-y-1" data-testid="entry-warnings">
          {warnings.map((w) => (
            <li
              key={w.key}
              className="flex items-center gap-x-2 rounded-md bg-ui-tag-orange-bg px-2 py-1"
              data-testid="entry-warning"
              data-key={w.key}
            >
              <Checkbox
                id={`confirm-${w.key}`}
                checked={state.confirmed.includes(w.key)}
                onCheckedChange={(v) => dispatch({ type: "confirm", key: w.key, on: v === true })}
              />
              <Label htmlFor={`confirm-${w.key}`} size="small">
                Confirm
              </Label>
              <Text size="small">
                {w.index != null ? `Line ${w.index + 1}: ` : ""}
                {w.message}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}

      {state.error ? (
        <Text size="small" className="text-ui-fg-error" data-testid="entry-error" role="alert">
          {state.error}
        </Text>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="small" disabled={disabled} onClick={() => submit("draft")}>
          Save draft
        </Button>
        <Button variant="secondary" size="small" disabled={disabled} onClick={() => submit("quote")}>
          Send as quote
        </Button>
        <Button size="small" disabled={disabled} isLoading={busy} onClick={() => submit("place")}>
          Place order
        </Button>
        {unconfirmed.length ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {unconfirmed.length} warning(s) to confirm
          </Text>
        ) : null}
      </div>
    </Container>
  )
}
