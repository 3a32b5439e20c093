import { Button, Container, Heading } from "@medusajs/ui"
import { TextField } from "../../../components/ui/form-field"
import { useAdjustStock, useTransferStock } from "../../../hooks/stock"
import { readAdjustment, readTransfer } from "../state"
import { LocationSelect } from "./location-select"
import type { TabProps } from "./types"

/** Adjust a level (± with a reason) or move stock between two locations. */
export function MovesTab({ state, dispatch, locations, locationName, run }: TabProps) {
  const adjustStock = useAdjustStock()
  const transferStock = useTransferStock()
  const { adjust, transfer } = state
  const problem = (text: string) => dispatch({ type: "message", message: { text, error: true } })

  const submitAdjust = () => {
    const read = readAdjustment(adjust)
    if ("problem" in read) return problem(read.problem)
    const { sku, quantity, location_id } = read.body
    run(async () => {
      await adjustStock.mutateAsync(read.body)
      dispatch({ type: "adjusted" })
      return `${sku}: ${quantity > 0 ? "+" : ""}${quantity} at ${locationName(location_id)}.`
    })
  }

  const submitTransfer = () => {
    const read = readTransfer(transfer)
    if ("problem" in read) return problem(read.problem)
    const { sku, quantity, from_location_id, to_location_id } = read.body
    run(async () => {
      await transferStock.mutateAsync(read.body)
      dispatch({ type: "transferred" })
      return `${quantity} × ${sku} moved from ${locationName(from_location_id)} to ${locationName(to_location_id)}.`
    })
  }

  return (
    <>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Adjustment</Heading>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            submitAdjust()
          }}
        >
          <TextField
            id="adj-sku"
            label="SKU"
            value={adjust.sku}
            onChange={(e) => dispatch({ type: "adjust", patch: { sku: e.target.value } })}
          />
          <LocationSelect
            id="adj-location"
            label="Location"
            value={adjust.location_id}
            onChange={(location_id) => dispatch({ type: "adjust", patch: { location_id } })}
            locations={locations}
          />
          <TextField
            id="adj-qty"
            label="Quantity (±)"
            placeholder="-5 or 12"
            value={adjust.quantity}
            onChange={(e) => dispatch({ type: "adjust", patch: { quantity: e.target.value } })}
          />
          <TextField
            id="adj-reason"
            label="Reason"
            placeholder="count correction, damaged…"
            value={adjust.reason}
            onChange={(e) => dispatch({ type: "adjust", patch: { reason: e.target.value } })}
          />
          <Button size="small" type="submit">
            Adjust
          </Button>
        </form>
      </Container>
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Transfer</Heading>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            submitTransfer()
          }}
        >
          <TextField
            id="tr-sku"
            label="SKU"
            value={transfer.sku}
            onChange={(e) => dispatch({ type: "transfer", patch: { sku: e.target.value } })}
          />
          <LocationSelect
            id="tr-from"
            label="From"
            value={transfer.from_location_id}
            onChange={(from_location_id) => dispatch({ type: "transfer", patch: { from_location_id } })}
            locations={locations}
          />
          <LocationSelect
            id="tr-to"
            label="To"
            value={transfer.to_location_id}
            onChange={(to_location_id) => dispatch({ type: "transfer", patch: { to_location_id } })}
            locations={locations}
          />
          <TextField
            id="tr-qty"
            label="Quantity"
            inputMode="numeric"
            value={transfer.quantity}
            onChange={(e) => dispatch({ type: "transfer", patch: { quantity: e.target.value } })}
          />
          <TextField
            id="tr-reason"
            label="Reason"
            value={transfer.reason}
            onChange={(e) => dispatch({ type: "transfer", patch: { reason: e.target.value } })}
          />
          <Button size="small" type="submit">
            Transfer
          </Button>
        </form>
      </Container>
    </>
  )
}
