import { Button, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable } from "../../../components/ui/data-table"
import type { StockAt } from "../../../hooks/order-entry"
import { money, pct } from "../../../lib/format"
import { type Line, lineCheck } from "../state"
import type { OrderEntry } from "../use-order-entry"

/**
 * The lines: quantity and price editable in place, what the check says about each (stock per
 * location, last price paid, line total, margin, problems in red). Delete on a focused row removes it.
 */
export function LinesTable({ entry }: { entry: OrderEntry }) {
  const { t } = useTranslation()
  const { state, dispatch, check, blocks, products, currency } = entry
  const min = state.ctx?.min_margin_percent
  const set = (l: Line, patch: Partial<Line>) => dispatch({ type: "lineChanged", key: l.key, patch })
  // What each line shows, worked out once per row.
  const info = (l: Line, i: number) => {
    const c = lineCheck(check, i, l)
    const p = products[l.sku]
    return {
      c,
      p,
      blocks: blocks.filter((b) => b.index === i),
      below: c?.margin_percent != null && min != null && Number(c.margin_percent) < Number(min),
      lastPaid: c?.last_paid ?? p?.last_paid,
      locations: (c?.locations?.length ? c.locations : (p?.locations ?? [])) as StockAt[],
    }
  }
  return (
    <DataTable
      minWidth={900}
      rows={state.lines}
      rowKey={(l) => l.key}
      empty={t("ordo.entry.lines.empty")}
      rowProps={(l, i) => ({
        "data-testid": "entry-line",
        "data-sku": l.sku,
        "data-line-key": l.key,
        tabIndex: 0,
        "aria-label": t("ordo.entry.lines.line", { n: i + 1, sku: l.sku }),
        className: `focus:bg-ui-bg-highlight focus:outline-none ${blocks.some((b) => b.index === i) ? "bg-ui-tag-red-bg" : ""}`,
        onKeyDown: (e) => {
          if ((e.key === "Delete" || e.key === "Backspace") && e.target === e.currentTarget) {
            e.preventDefault()
            entry.removeLine(l.key, true)
          }
        },
      })}
      columns={[
        { key: "sku", header: t("ordo.entry.lines.sku"), className: "whitespace-nowrap font-mono", cell: (l) => l.sku },
        {
          key: "product",
          header: t("ordo.entry.lines.product"),
          cell: (l, i) => {
            const { c, p, blocks } = info(l, i)
            return (
              <>
                {l.title || c?.title || p?.title || ""}
                {blocks.map((b) => (
                  <Text key={b.code} size="xsmall" className="text-ui-fg-error">
                    {b.message}
                  </Text>
                ))}
              </>
            )
          },
        },
        {
          key: "qty",
          header: t("ordo.entry.lines.qty"),
          cell: (l, i) => {
            const { c } = info(l, i)
            return (
              <>
                <Input
                  size="small"
                  className="w-20"
                  inputMode="numeric"
                  aria-label={t("ordo.entry.lines.qtyOf", { sku: l.sku })}
                  value={l.quantity}
                  onChange={(e) => set(l, { quantity: e.target.value })}
                />
                {c?.usual_quantity ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("ordo.entry.lines.usually", { count: c.usual_quantity })}
                  </Text>
                ) : null}
              </>
            )
          },
        },
        {
          key: "price",
          header: t("ordo.entry.lines.unitPrice"),
          cell: (l, i) => {
            const { c } = info(l, i)
            return (
              <>
                <Input
                  size="small"
                  className="w-28"
                  inputMode="decimal"
                  aria-label={t("ordo.entry.lines.unitPriceOf", { sku: l.sku })}
                  value={l.unit_price}
                  placeholder={c?.contract_price ?? ""}
                  onChange={(e) => set(l, { unit_price: e.target.value, priced: e.target.value.trim() !== "" })}
                />
                {c?.contract_price && l.priced && c.contract_price !== l.unit_price ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("ordo.entry.lines.contract", { price: money(c.contract_price, currency) })}
                  </Text>
                ) : null}
              </>
            )
          },
        },
        {
          key: "available",
          header: t("ordo.entry.lines.available"),
          cell: (l, i) => {
            const { c, p, locations } = info(l, i)
            return (
              <>
                <Text size="small">
                  {c ? (c.available ?? t("ordo.entry.lines.notTracked")) : (p?.available_total ?? "—")}
                </Text>
                {locations.length ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {locations.map((x) => `${x.name} ${x.available}`).join(" · ")}
                  </Text>
                ) : null}
              </>
            )
          },
        },
        {
          key: "last-paid",
          header: t("ordo.entry.lines.lastPaid"),
          cell: (l, i) => {
            const { lastPaid } = info(l, i)
            return lastPaid ? (
              <Text size="xsmall">
                {money(lastPaid.unit_price, lastPaid.currency_code ?? currency)} × {lastPaid.quantity}
                {lastPaid.order_display_id ? ` (#${lastPaid.order_display_id})` : ""}
              </Text>
            ) : (
              "—"
            )
          },
        },
        {
          key: "total",
          header: t("ordo.entry.lines.lineTotal"),
          align: "right",
          cell: (l, i) => {
            const { c } = info(l, i)
            return c ? money(c.line_total, currency) : "…"
          },
        },
        {
          key: "margin",
          header: t("ordo.entry.lines.margin"),
          align: "right",
          className: (l, i) => (info(l, i).below ? "text-ui-fg-error" : undefined),
          cell: (l, i) => {
            const { c } = info(l, i)
            return c ? pct(c.margin_percent) : "…"
          },
        },
        {
          key: "remove",
          header: "",
          cell: (l) => (
            <Button
              size="small"
              variant="transparent"
              aria-label={t("ordo.entry.lines.removeOf", { sku: l.sku })}
              onClick={() => entry.removeLine(l.key, false)}
            >
              {t("ordo.entry.lines.remove")}
            </Button>
          ),
        },
      ]}
    />
  )
}
