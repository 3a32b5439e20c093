import { Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { RECEIPT_FORMAT } from "../../../../domain/order-lines"
import { DataTable } from "../../../components/ui/data-table"
import { FormField, TextField } from "../../../components/ui/form-field"
import { useBookReceipt, usePurchaseReceipts } from "../../../hooks/stock"
import { day } from "../../../lib/format"
import { readLines } from "../../../lib/lines"
import { receiptProblems } from "../state"
import { LocationSelect } from "./location-select"
import type { TabProps } from "./types"

/** Goods received from a supplier ("SKU qty unit_cost" lines, read by the backend's parser), and the recent receipts. */
export function ReceiptTab({ state, dispatch, locations, locationName, run }: TabProps) {
  const { t } = useTranslation()
  const receipts = usePurchaseReceipts().data?.receipts ?? []
  const bookReceipt = useBookReceipt()
  const { receipt } = state
  const set = (patch: Partial<typeof receipt>) => dispatch({ type: "receipt", patch })

  const submit = () => {
    const read = readLines(receipt.lines, RECEIPT_FORMAT, t)
    const problems = receiptProblems(receipt, { lines: read.lines.length, problems: read.problems }, t)
    dispatch({ type: "receiptErrors", errors: problems })
    if (problems.length) return
    const lines = read.lines.map((l) => ({
      sku: l.sku,
      quantity: l.quantity,
      unit_cost: l.amount as string,
      location_id: receipt.location_id,
    }))
    run(async () => {
      const r = await bookReceipt.mutateAsync({
        supplier: receipt.supplier.trim(),
        received_at: receipt.received_at,
        ...(receipt.reference.trim() ? { reference: receipt.reference.trim() } : {}),
        ...(receipt.currency_code.trim() ? { currency_code: receipt.currency_code.trim().toLowerCase() } : {}),
        lines,
      })
      dispatch({ type: "receiptBooked" })
      const units = lines.reduce((s, l) => s + l.quantity, 0)
      return t("ordo.stock.booked", {
        reference: r.receipt?.reference ?? "",
        lines: lines.length,
        units,
        location: locationName(receipt.location_id),
      })
    })
  }

  return (
    <>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("ordo.stock.receive")}</Heading>
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            id="rc-supplier"
            label={t("ordo.stock.fields.supplier")}
            value={receipt.supplier}
            onChange={(e) => set({ supplier: e.target.value })}
          />
          <TextField
            id="rc-date"
            label={t("ordo.stock.fields.receivedOn")}
            type="date"
            value={receipt.received_at}
            onChange={(e) => set({ received_at: e.target.value })}
          />
          <TextField
            id="rc-reference"
            label={t("ordo.stock.fields.reference")}
            placeholder={t("ordo.stock.fields.referencePlaceholder")}
            value={receipt.reference}
            onChange={(e) => set({ reference: e.target.value })}
          />
          <TextField
            id="rc-currency"
            label={t("ordo.stock.fields.currency")}
            placeholder="cny"
            value={receipt.currency_code}
            onChange={(e) => set({ currency_code: e.target.value })}
          />
          <LocationSelect
            id="rc-location"
            label={t("ordo.stock.fields.intoLocation")}
            value={receipt.location_id}
            onChange={(location_id) => set({ location_id })}
            locations={locations}
          />
        </div>
        <FormField id="rc-lines" label={t("ordo.stock.fields.receiptLines")} className="flex flex-col gap-y-2">
          <Textarea
            id="rc-lines"
            rows={6}
            placeholder={"FST-HB-ZP-M8X30 500 0.42\nPKG-TAPE-48MM 200 3.10"}
            value={receipt.lines}
            onChange={(e) => set({ lines: e.target.value })}
          />
        </FormField>
        {state.receiptErrors.length ? (
          <ul data-testid="receipt-errors">
            {state.receiptErrors.map((e) => (
              <li key={e}>
                <Text size="small" className="text-ui-fg-error">
                  {e}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
        <div>
          <Button size="small" onClick={submit}>
            {t("ordo.stock.bookReceipt")}
          </Button>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.stock.recentReceipts")}
        </Heading>
        <DataTable
          rows={receipts.slice(0, 30)}
          rowKey={(r) => r.id}
          empty={t("ordo.stock.noReceipts")}
          columns={[
            { key: "date", header: t("ordo.stock.cols.date"), cell: (r) => day(r.received_at) },
            { key: "supplier", header: t("ordo.stock.cols.supplier"), cell: (r) => r.supplier },
            { key: "reference", header: t("ordo.stock.cols.reference"), cell: (r) => r.reference ?? "—" },
            {
              key: "lines",
              header: t("ordo.stock.cols.lines"),
              cell: (r) =>
                Array.isArray(r.lines ?? r.layers)
                  ? t("ordo.stock.receiptLines", { count: (r.lines ?? r.layers).length })
                  : "",
            },
            {
              key: "currency",
              header: t("ordo.stock.cols.currency"),
              cell: (r) => (r.currency_code ? String(r.currency_code).toUpperCase() : ""),
            },
          ]}
        />
      </Container>
    </>
  )
}
