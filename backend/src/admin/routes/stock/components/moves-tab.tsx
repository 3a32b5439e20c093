import { Button, Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { TextField } from "../../../components/ui/form-field"
import { useAdjustStock, useTransferStock } from "../../../hooks/stock"
import { readAdjustment, readTransfer } from "../state"
import { LocationSelect } from "./location-select"
import type { TabProps } from "./types"

/** Adjust a level (± with a reason) or move stock between two locations. */
export function MovesTab({ state, dispatch, locations, locationName, run }: TabProps) {
  const { t } = useTranslation()
  const adjustStock = useAdjustStock()
  const transferStock = useTransferStock()
  const { adjust, transfer } = state
  const problem = (text: string) => dispatch({ type: "message", message: { text, error: true } })

  const submitAdjust = () => {
    const read = readAdjustment(adjust, t)
    if ("problem" in read) return problem(read.problem)
    const { sku, quantity, location_id } = read.body
    run(async () => {
      await adjustStock.mutateAsync(read.body)
      dispatch({ type: "adjusted" })
      return t("ordo.stock.adjusted", {
        sku,
        quantity: `${quantity > 0 ? "+" : ""}${quantity}`,
        location: locationName(location_id),
      })
    })
  }

  const submitTransfer = () => {
    const read = readTransfer(transfer, t)
    if ("problem" in read) return problem(read.problem)
    const { sku, quantity, from_location_id, to_location_id } = read.body
    run(async () => {
      await transferStock.mutateAsync(read.body)
      dispatch({ type: "transferred" })
      return t("ordo.stock.transferred", {
        quantity,
        sku,
        from: locationName(from_location_id),
        to: locationName(to_location_id),
      })
    })
  }

  return (
    <>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("ordo.stock.adjustment")}</Heading>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            submitAdjust()
          }}
        >
          <TextField
            id="adj-sku"
            label={t("ordo.stock.fields.sku")}
            value={adjust.sku}
            onChange={(e) => dispatch({ type: "adjust", patch: { sku: e.target.value } })}
          />
          <LocationSelect
            id="adj-location"
            label={t("ordo.stock.fields.location")}
            value={adjust.location_id}
            onChange={(location_id) => dispatch({ type: "adjust", patch: { location_id } })}
            locations={locations}
          />
          <TextField
            id="adj-qty"
            label={t("ordo.stock.fields.quantitySigned")}
            placeholder={t("ordo.stock.fields.quantitySignedPlaceholder")}
            value={adjust.quantity}
            onChange={(e) => dispatch({ type: "adjust", patch: { quantity: e.target.value } })}
          />
          <TextField
            id="adj-reason"
            label={t("ordo.stock.fields.reason")}
            placeholder={t("ordo.stock.fields.reasonPlaceholder")}
            value={adjust.reason}
            onChange={(e) => dispatch({ type: "adjust", patch: { reason: e.target.value } })}
          />
          <Button size="small" type="submit">
            {t("ordo.stock.adjust")}
          </Button>
        </form>
      </Container>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("ordo.stock.transfer")}</Heading>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            submitTransfer()
          }}
        >
          <TextField
            id="tr-sku"
            label={t("ordo.stock.fields.sku")}
            value={transfer.sku}
            onChange={(e) => dispatch({ type: "transfer", patch: { sku: e.target.value } })}
          />
          <LocationSelect
            id="tr-from"
            label={t("ordo.stock.fields.from")}
            value={transfer.from_location_id}
            onChange={(from_location_id) => dispatch({ type: "transfer", patch: { from_location_id } })}
            locations={locations}
          />
          <LocationSelect
            id="tr-to"
            label={t("ordo.stock.fields.to")}
            value={transfer.to_location_id}
            onChange={(to_location_id) => dispatch({ type: "transfer", patch: { to_location_id } })}
            locations={locations}
          />
          <TextField
            id="tr-qty"
            label={t("ordo.stock.fields.quantity")}
            inputMode="numeric"
            value={transfer.quantity}
            onChange={(e) => dispatch({ type: "transfer", patch: { quantity: e.target.value } })}
          />
          <TextField
            id="tr-reason"
            label={t("ordo.stock.fields.reason")}
            value={transfer.reason}
            onChange={(e) => dispatch({ type: "transfer", patch: { reason: e.target.value } })}
          />
          <Button size="small" type="submit">
            {t("ordo.stock.doTransfer")}
          </Button>
        </form>
      </Container>
    </>
  )
}
