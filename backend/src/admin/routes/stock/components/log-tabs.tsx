import { Badge, Button, Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { DataTable } from "../../../components/ui/data-table"
import { TextField } from "../../../components/ui/form-field"
import { useCostLayers, useStockMovements } from "../../../hooks/stock"
import { day, money } from "../../../lib/format"
import type { TabProps } from "./types"

type LogProps = Pick<TabProps, "state" | "dispatch" | "locationName">

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
  const movements = useStockMovements(state.movementFilter).data?.movements ?? []
  return (
    <Container className="p-0">
      <SkuForm
        id="mv-sku"
        label="SKU (empty = all)"
        value={state.movementSku}
        onChange={(sku) => dispatch({ type: "movementSku", sku })}
        onShow={() => dispatch({ type: "showMovements" })}
        button="Show"
      />
      <DataTable
        rows={movements}
        rowKey={(m) => m.id}
        rowProps={() => ({ "data-testid": "stock-movement" })}
        empty="No movements."
        columns={[
          { key: "when", header: "When", cell: (m) => (m.created_at ? new Date(m.created_at).toLocaleString() : "—") },
          { key: "kind", header: "Kind", cell: (m) => <Badge size="2xsmall">{m.kind}</Badge> },
          { key: "sku", header: "SKU", className: "font-mono", cell: (m) => m.sku },
          { key: "from", header: "From", cell: (m) => locationName(m.from_location_id) },
          { key: "to", header: "To", cell: (m) => locationName(m.to_location_id) },
          { key: "qty", header: "Qty", align: "right", cell: (m) => m.quantity },
          { key: "reason", header: "Reason", cell: (m) => m.reason ?? "—" },
          { key: "by", header: "By", cell: (m) => m.actor_name ?? "—" },
        ]}
      />
    </Container>
  )
}

/** A SKU's FIFO cost layers: what was received at which cost, and what remains. */
export function LayersTab({ state, dispatch, locationName }: LogProps) {
  const query = useCostLayers(state.layerFilter)
  const layers = state.layerFilter ? query.data?.layers : undefined
  return (
    <Container className="p-0">
      <SkuForm
        id="cl-sku"
        label="SKU"
        value={state.layerSku}
        onChange={(sku) => dispatch({ type: "layerSku", sku })}
        onShow={() => dispatch({ type: "showLayers" })}
        button="Show layers"
      />
      {layers ? (
        <DataTable
          rows={layers}
          rowKey={(l) => l.id}
          rowProps={() => ({ "data-testid": "cost-layer" })}
          empty="No cost layers for this SKU (no purchase receipts yet)."
          columns={[
            { key: "received", header: "Received", cell: (l) => day(l.received_at) },
            { key: "supplier", header: "Supplier", cell: (l) => l.supplier ?? "—" },
            { key: "location", header: "Location", cell: (l) => locationName(l.location_id) },
            {
              key: "cost",
              header: "Unit cost",
              align: "right",
              cell: (l) => money(l.unit_cost, l.currency_code ?? ""),
            },
            { key: "qty", header: "Received qty", align: "right", cell: (l) => l.quantity },
            { key: "remaining", header: "Remaining", align: "right", cell: (l) => l.remaining },
          ]}
        />
      ) : null}
    </Container>
  )
}
