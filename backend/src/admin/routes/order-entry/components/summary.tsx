import { Button, Checkbox, Container, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { TextField } from "../../../components/ui/form-field"
import { money, pct } from "../../../lib/format"
import type { OrderEntry } from "../use-order-entry"

/** PO, shipping, requested delivery date and note; the check's totals, blocks and warnings to confirm; the three ways to save. */
export function Summary({ entry }: { entry: OrderEntry }) {
  const { t } = useTranslation()
  const { state, dispatch, check, currency, blocks, warnings, disabled, busy, submit } = entry
  const linePrefix = (index?: number) => (index != null ? t("ordo.entry.lines.linePrefix", { n: index + 1 }) : "")
  const unconfirmed = warnings.filter((w) => !state.confirmed.includes(w.key))
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="entry-check">
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          id="entry-po"
          label={t("ordo.entry.summary.po")}
          labelSize="small"
          value={state.po}
          onChange={(e) => dispatch({ type: "po", value: e.target.value })}
        />
        <TextField
          id="entry-shipping"
          label={t("ordo.entry.summary.shipping")}
          labelSize="small"
          inputMode="decimal"
          placeholder={t("ordo.entry.summary.shippingDefault")}
          value={state.shipping}
          onChange={(e) => dispatch({ type: "shipping", value: e.target.value })}
        />
        <TextField
          id="entry-delivery-date"
          label={t("ordo.entry.summary.deliveryDate")}
          labelSize="small"
          type="date"
          min={new Date().toISOString().slice(0, 10)}
          value={state.deliveryDate}
          onChange={(e) => dispatch({ type: "deliveryDate", value: e.target.value })}
        />
        <TextField
          id="entry-note"
          label={t("ordo.entry.summary.note")}
          labelSize="small"
          maxLength={1000}
          placeholder={t("ordo.entry.summary.notePlaceholder")}
          fieldClassName="flex min-w-[240px] flex-1 flex-col"
          value={state.note}
          onChange={(e) => dispatch({ type: "note", value: e.target.value })}
        />
      </div>

      {check ? (
        <div className="grid grid-cols-2 gap-x-6 gap-y-1 md:grid-cols-4" data-testid="entry-totals">
          <Text size="small">
            {t("ordo.entry.summary.subtotal", { amount: money(check.totals.subtotal, currency) })}
          </Text>
          <Text size="small">
            {t("ordo.entry.summary.shippingTotal", { amount: money(check.totals.shipping, currency) })}
          </Text>
          <Text size="small">
            {t("ordo.entry.summary.tax", { amount: money(check.totals.tax, currency) })}
            {check.tax_inclusive ? t("ordo.entry.summary.taxIncluded") : ""}
          </Text>
          <Text size="small" weight="plus" data-testid="entry-total">
            {t("ordo.entry.summary.total", { amount: money(check.totals.total, currency) })}
          </Text>
          <Text size="small">
            {t("ordo.entry.summary.netRevenue", { amount: money(check.totals.net_revenue, currency) })}
          </Text>
          <Text size="small">{t("ordo.entry.summary.cost", { amount: money(check.totals.cost, currency) })}</Text>
          <Text size="small">
            {t("ordo.entry.summary.marginAmount", { amount: money(check.totals.margin, currency) })}
          </Text>
          <Text size="small" weight="plus">
            {t("ordo.entry.summary.marginPercent", { percent: pct(check.totals.margin_percent) })}
          </Text>
        </div>
      ) : null}
      {entry.checking ? (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("ordo.entry.summary.checking")}
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
                {linePrefix(b.index)}
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
                {t("ordo.entry.summary.confirm")}
              </Label>
              <Text size="small">
                {linePrefix(w.index)}
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
          {t("ordo.entry.summary.saveDraft")}
        </Button>
        <Button variant="secondary" size="small" disabled={disabled} onClick={() => submit("quote")}>
          {t("ordo.entry.summary.sendQuote")}
        </Button>
        <Button size="small" disabled={disabled} isLoading={busy} onClick={() => submit("place")}>
          {t("ordo.entry.summary.placeOrder")}
        </Button>
        {unconfirmed.length ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("ordo.entry.summary.toConfirm", { count: unconfirmed.length })}
          </Text>
        ) : null}
      </div>
    </Container>
  )
}
