import { Badge, Button, Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DataTable } from "../../../components/ui/data-table"
import { TextField } from "../../../components/ui/form-field"
import { useCostLayers, useStockMovements } from "../../../hooks/stock"
import { dateTime, day, money } from "../../../lib/format"
import type { TabProps } from "./types"

type LogProps = Pick<TabProps, "state" | "dispatch" | "locationName">

const KIND_COLOR: Record<string, "green" | "red" | "blue" | "orange" | "grey"> = {
  receipt: "green",
  return: "green",
  shipment: "blue",
  transfer: "grey",
  adjustment: "orange",
}

/** A SKU box with its button: the list below shows that SKU once the form is sent. */
function SkuForm(p: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  onShow: () => void
  button: ReactNode
}) {
  return (
    <form
      className="flex items-end gap-2 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        p.onShow()
      }}
    >
      <TextField id={p.id} label={p.label} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
      <Button size="small" variant="secondary" type="submit">
        {p.button}
      </Button>
    </form>
  )
}

/** The movement log: adjustments, transfers, receipts, shipments and returns, of one SKU or all. */
export function MovementsTab({ state, dispatch, locationName }: LogProps) {
  const { t } = useTranslation()
  const movements = useStockMovements(state.movementFilter).data?.movements ?? []
  return (
    <Container className="p-0">
      <SkuForm
        id="mv-sku"
        label={t("ordo.stock.fields.skuOrAll")}
        value={state.movementSku}
        onChange={(sku) => dispatch({ type: "movementSku", sku })}
        onShow={() => dispatch({ type: "showMovements" })}
        button={t("ordo.stock.show")}
      />
      <DataTable
        minWidth={900}
        rows={movements}
        rowKey={(m) => m.id}
        rowProps={(m) => ({ "data-testid": "stock-movement", "data-kind": m.kind })}
        empty={t("ordo.stock.noMovements")}
        columns={[
          {
            key: "when",
            header: t("ordo.stock.cols.when"),
            className: "whitespace-nowrap",
            cell: (m) => dateTime(m.created_at),
          },
          {
            key: "kind",
            header: t("ordo.stock.cols.kind"),
            cell: (m) => (
              <Badge size="2xsmall" color={KIND_COLOR[m.kind] ?? "grey"}>
                {t(`ordo.stock.kinds.${m.kind}`, { defaultValue: m.kind })}
              </Badge>
            ),
          },
          { key: "sku", header: t("ordo.stock.cols.sku"), className: "font-mono", cell: (m) => m.sku },
          { key: "from", header: t("ordo.stock.cols.from"), cell: (m) => locationName(m.from_location_id) },
          { key: "to", header: t("ordo.stock.cols.to"), cell: (m) => locationName(m.to_location_id) },
          {
            key: "qty",
            header: t("ordo.stock.cols.qty"),
            align: "right",
            cell: (m) => (m.quantity > 0 && m.kind !== "transfer" ? `+${m.quantity}` : m.quantity),
          },
          {
            key: "order",
            header: t("ordo.stock.cols.order"),
            cell: (m) =>
              m.order_id ? (
                <Link to={`/orders/${m.order_id}`} className="text-ui-fg-interactive">
                  #{m.order_display_id ?? m.order_id}
                </Link>
              ) : (
                "—"
              ),
          },
          {
            key: "reason",
            header: t("ordo.stock.cols.reason"),
            cell: (m) => [m.reason, m.reference].filter(Boolean).join(" · ") || "—",
          },
          { key: "by", header: t("ordo.stock.cols.by"), cell: (m) => m.actor_name ?? "—" },
        ]}
      />
    </Container>
  )
}

/** A SKU's FIFO cost layers: what was received at which cost, and what remains. */
export function LayersTab({ state, dispatch, locationName }: LogProps) {
  const { t } = useTranslation()
  const query = useCostLayers(state.layerFilter)
  const layers = state.layerFilter ? query.data?.layers : undefined
  return (
    <Container className="p-0">
      <SkuForm
        id="cl-sku"
        label={t("ordo.stock.fields.sku")}
        value={state.layerSku}
        onChange={(sku) => dispatch({ type: "layerSku", sku })}
        onShow={() => dispatch({ type: "showLayers" })}
        button={t("ordo.stock.showLayers")}
      />
      {layers ? (
        <DataTable
          minWidth={720}
          rows={layers}
          rowKey={(l) => l.id}
          rowProps={() => ({ "data-testid": "cost-layer" })}
          empty={t("ordo.stock.noLayers")}
          columns={[
            { key: "received", header: t("ordo.stock.cols.received"), cell: (l) => day(l.received_at) },
            { key: "supplier", header: t("ordo.stock.cols.supplier"), cell: (l) => l.supplier ?? "—" },
            { key: "location", header: t("ordo.stock.cols.location"), cell: (l) => locationName(l.location_id) },
            {
              key: "cost",
              header: t("ordo.stock.cols.unitCost"),
              align: "right",
              cell: (l) => money(l.unit_cost, l.currency_code ?? ""),
            },
            { key: "qty", header: t("ordo.stock.cols.receivedQty"), align: "right", cell: (l) => l.quantity },
            { key: "remaining", header: t("ordo.stock.cols.remaining"), align: "right", cell: (l) => l.remaining },
          ]}
        />
      ) : null}
    </Container>
  )
}
