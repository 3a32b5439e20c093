import { Badge, Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DataTable } from "../../../components/ui/data-table"
import { useProductName } from "../../../components/ui/product-name"
import type { StockLevel } from "../../../hooks/stock"

const keyOf = (l: StockLevel) => `${l.sku}@${l.location_id}`
const shown = (l: StockLevel) => (l.threshold == null ? "" : String(l.threshold))

/** Levels per SKU and location, each with its low-stock threshold editable in place (Enter saves, Escape undoes). */
export function LevelsTable({
  levels,
  empty,
  onSaveThreshold,
  onShowSku,
}: {
  levels: StockLevel[]
  empty: string
  onSaveThreshold: (l: StockLevel, v: string) => Promise<void>
  onShowSku: (sku: string) => void
}) {
  const { t } = useTranslation()
  const name = useProductName()
  const [edits, setEdits] = useState<Record<string, string>>({})
  const drop = (k: string) => setEdits(({ [k]: _, ...rest }) => rest)
  const dirty = (l: StockLevel) => edits[keyOf(l)] !== undefined && edits[keyOf(l)] !== shown(l)
  const save = async (l: StockLevel) => {
    if (!dirty(l)) return
    await onSaveThreshold(l, edits[keyOf(l)])
    drop(keyOf(l))
  }
  return (
    <DataTable
      minWidth={860}
      rows={levels}
      rowKey={keyOf}
      rowProps={(l) => ({ "data-testid": "stock-level", "data-sku": l.sku, "data-location": l.location_id })}
      empty={empty}
      columns={[
        {
          key: "sku",
          header: t("ordo.stock.cols.sku"),
          className: "whitespace-nowrap font-mono",
          cell: (l) => (
            <button type="button" className="text-left text-ui-fg-interactive" onClick={() => onShowSku(l.sku)}>
              {l.sku}
            </button>
          ),
        },
        { key: "title", header: t("ordo.stock.cols.product"), cell: (l) => name(l) },
        { key: "location", header: t("ordo.stock.cols.location"), cell: (l) => l.location_name },
        { key: "stocked", header: t("ordo.stock.cols.stocked"), align: "right", cell: (l) => l.stocked },
        { key: "reserved", header: t("ordo.stock.cols.reserved"), align: "right", cell: (l) => l.reserved },
        { key: "available", header: t("ordo.stock.cols.available"), align: "right", cell: (l) => l.available },
        {
          key: "threshold",
          header: t("ordo.stock.cols.threshold"),
          cell: (l) => (
            <div className="flex items-center gap-1">
              <Input
                size="small"
                className="w-24"
                inputMode="numeric"
                placeholder={t("ordo.stock.thresholdNone")}
                aria-label={t("ordo.stock.thresholdOf", { sku: l.sku, location: l.location_name })}
                value={edits[keyOf(l)] ?? shown(l)}
                onChange={(e) => setEdits({ ...edits, [keyOf(l)]: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === "Enter") save(l)
                  if (e.key === "Escape") drop(keyOf(l))
                }}
              />
              {dirty(l) ? (
                <Button size="small" variant="secondary" onClick={() => save(l)}>
                  {t("ordo.stock.save")}
                </Button>
              ) : null}
            </div>
          ),
        },
        {
          key: "low",
          header: "",
          cell: (l) =>
            l.low ? (
              <Badge size="2xsmall" color="red">
                {t("ordo.stock.low")}
              </Badge>
            ) : null,
        },
      ]}
    />
  )
}
