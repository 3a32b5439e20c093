import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  type Carrier,
  type ShippingRate,
  type UnshippedItem,
  useCreateShipment,
  useShippingRates,
} from "../../hooks/shipping"
import { money } from "../../lib/format"
import { FormField, TextField } from "../ui/form-field"
import { NativeSelect } from "../ui/native-select"
import { ItemsPicker } from "./items-picker"
import {
  carrierLabel,
  DEFAULT_PARCEL,
  errorField,
  fullSelection,
  isChinese,
  PARCEL_FIELDS,
  type ParcelField,
  type ParcelForm,
  parcelOf,
  type Selection,
  selectedItems,
} from "./logic"

type ServerError = { message: string; field?: string; status?: number }
const asServerError = (e: any): ServerError => ({
  message: String(e?.message ?? e),
  field: typeof e?.field === "string" ? e.field : undefined,
  status: typeof e?.status === "number" ? e.status : undefined,
})

/** The items part every shipment form shares: the selection and its problems. */
function useItems(unshipped: UnshippedItem[]) {
  const { t } = useTranslation()
  const [selection, setSelection] = useState<Selection>(() => fullSelection(unshipped))
  const [problem, setProblem] = useState<{ id?: string; message: string } | null>(null)
  /** The items to send, or undefined (the problem is shown). */
  const read = () => {
    const r = selectedItems(unshipped, selection)
    if ("items" in r) {
      setProblem(null)
      return r.items
    }
    setProblem(
      r.problem.kind === "none"
        ? { message: t("ordo.shipping.items.none") }
        : { id: r.problem.id, message: t("ordo.shipping.items.quantityInvalid", { max: r.problem.max }) },
    )
    return undefined
  }
  const change = (next: Selection) => {
    setSelection(next)
    setProblem(null)
  }
  return { selection, change, problem, setProblem, read }
}

/** A server message with no field of the form: under the form (a 403 says which right is missing). */
const FormError = ({ error }: { error?: string }) =>
  error ? (
    <Text size="small" className="text-ui-fg-error" data-testid="shipping-error" role="alert">
      {error}
    </Text>
  ) : null

const BUY_FIELDS = ["items", "rate_id", ...PARCEL_FIELDS] as const
type BuyField = (typeof BUY_FIELDS)[number]

/** "Buy label": the parcel, Shippo's rates for it, one picked and bought; the new shipment carries the label. */
export function BuyLabelForm(p: {
  orderId: string
  unshipped: UnshippedItem[]
  onDone: () => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const chinese = isChinese(i18n.resolvedLanguage ?? i18n.language)
  const getRates = useShippingRates(p.orderId)
  const create = useCreateShipment(p.orderId)
  const items = useItems(p.unshipped)
  const [parcel, setParcel] = useState<ParcelForm>(DEFAULT_PARCEL)
  const [invalid, setInvalid] = useState<ParcelField[]>([])
  const [rates, setRates] = useState<ShippingRate[] | null>(null)
  const [rateId, setRateId] = useState("")
  const [error, setError] = useState<{ field?: BuyField; message: string } | null>(null)
  const pending = getRates.isPending || create.isPending

  const fail = (e: unknown) => {
    const s = asServerError(e)
    const field = errorField(s, BUY_FIELDS)
    if (field === "items") items.setProblem({ message: s.message })
    setError({ field, message: s.message })
  }
  const fieldError = (k: BuyField) => (error?.field === k ? error.message : undefined)

  const setSize = (k: ParcelField, v: string) => {
    setParcel((x) => ({ ...x, [k]: v }))
    setInvalid((x) => x.filter((f) => f !== k))
    // Other dimensions, other rates.
    setRates(null)
    setRateId("")
    setError(null)
  }

  const askRates = async () => {
    setError(null)
    const read = parcelOf(parcel)
    if ("invalid" in read) {
      setInvalid(read.invalid)
      return
    }
    setRates(null)
    setRateId("")
    try {
      setRates((await getRates.mutateAsync({ parcel: read.parcel })).rates ?? [])
    } catch (e) {
      fail(e)
    }
  }

  const buy = async () => {
    setError(null)
    const chosen = items.read()
    if (!rateId) setError({ field: "rate_id", message: t("ordo.shipping.buy.pickRate") })
    if (!chosen || !rateId) return
    try {
      const { shipment } = await create.mutateAsync({ items: chosen, rate_id: rateId })
      toast.success(
        t("ordo.shipping.buy.bought", {
          carrier: carrierLabel(t, chinese, shipment.carrier, shipment.carrier_name),
          number: shipment.tracking_number,
        }),
      )
      p.onDone()
    } catch (e) {
      fail(e)
    }
  }

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="buy-label-form">
      <Heading level="h3">{t("ordo.shipping.buy.title")}</Heading>
      <ItemsPicker
        idPrefix="buy"
        unshipped={p.unshipped}
        selection={items.selection}
        onChange={items.change}
        itemError={items.problem?.id ? { id: items.problem.id, message: items.problem.message } : undefined}
        error={items.problem && !items.problem.id ? items.problem.message : undefined}
        disabled={pending}
      />
      <fieldset className="flex flex-col gap-y-2">
        <legend className="mb-1">
          <Text size="small" weight="plus">
            {t("ordo.shipping.buy.parcel")}
          </Text>
        </legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {PARCEL_FIELDS.map((k) => (
            <TextField
              key={k}
              id={`parcel-${k}`}
              label={t(`ordo.shipping.buy.${k}`)}
              inputMode="decimal"
              value={parcel[k]}
              disabled={pending}
              onChange={(e) => setSize(k, e.target.value)}
              error={invalid.includes(k) ? t("ordo.shipping.buy.invalidNumber") : fieldError(k)}
              aria-invalid={invalid.includes(k) || error?.field === k ? true : undefined}
              data-testid={`parcel-${k}`}
              fieldClassName="flex flex-col"
            />
          ))}
        </div>
      </fieldset>
      <div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={askRates}
          disabled={pending}
          data-testid="get-rates"
        >
          {getRates.isPending ? t("ordo.shipping.buy.gettingRates") : t("ordo.shipping.buy.getRates")}
        </Button>
      </div>
      {rates ? (
        <fieldset className="flex flex-col gap-y-1" data-testid="rates">
          <legend className="mb-1">
            <Text size="small" weight="plus">
              {t("ordo.shipping.buy.rates")}
            </Text>
          </legend>
          {rates.length ? (
            rates.map((r) => (
              <label
                key={r.id}
                className="flex cursor-pointer items-center gap-x-2 rounded-md border px-3 py-2 text-sm has-[:checked]:border-ui-border-interactive"
                data-testid="rate-option"
                data-id={r.id}
              >
                <input
                  type="radio"
                  name="shipping-rate"
                  value={r.id}
                  checked={rateId === r.id}
                  disabled={pending}
                  onChange={() => {
                    setRateId(r.id)
                    setError(null)
                  }}
                />
                <span className="flex-1">
                  <span className="font-medium">{carrierLabel(t, chinese, r.carrier, r.carrier)}</span>
                  {r.service ? <span className="text-ui-fg-subtle"> · {r.service}</span> : null}
                </span>
                <span className="whitespace-nowrap">{money(r.amount, r.currency_code ?? "")}</span>
                <span className="w-16 whitespace-nowrap text-right text-ui-fg-subtle">
                  {r.estimated_days != null ? t("ordo.shipping.buy.days", { count: r.estimated_days }) : "—"}
                </span>
              </label>
            ))
          ) : (
            <Text size="small" className="text-ui-fg-subtle" data-testid="no-rates">
              {t("ordo.shipping.buy.noRates")}
            </Text>
          )}
          {fieldError("rate_id") ? (
            <Text size="xsmall" className="text-ui-fg-error">
              {fieldError("rate_id")}
            </Text>
          ) : null}
        </fieldset>
      ) : null}
      <FormError error={error && !error.field ? error.message : undefined} />
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={p.onCancel} disabled={create.isPending}>
          {t("ordo.shipping.cancel")}
        </Button>
        <Button
          size="small"
          type="button"
          onClick={buy}
          disabled={pending || !rates?.length}
          data-testid="buy-label-confirm"
        >
          {create.isPending ? t("ordo.shipping.buy.buying") : t("ordo.shipping.buy.confirm")}
        </Button>
      </div>
    </div>
  )
}

const MANUAL_FIELDS = ["items", "carrier", "tracking_number"] as const
type ManualField = (typeof MANUAL_FIELDS)[number]

/** "Add tracking number": a parcel sent with a carrier Shippo does not sell (SF Express, ZTO, JD, …). */
export function TrackingNumberForm(p: {
  orderId: string
  unshipped: UnshippedItem[]
  carriers: Carrier[]
  onDone: () => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const chinese = isChinese(i18n.resolvedLanguage ?? i18n.language)
  const create = useCreateShipment(p.orderId)
  const items = useItems(p.unshipped)
  const [carrier, setCarrier] = useState("")
  const [number, setNumber] = useState("")
  const [error, setError] = useState<{ field?: ManualField; message: string } | null>(null)
  const fieldError = (k: ManualField) => (error?.field === k ? error.message : undefined)

  const save = async () => {
    const chosen = items.read()
    const missing: ManualField | undefined = !carrier ? "carrier" : !number.trim() ? "tracking_number" : undefined
    setError(
      missing
        ? {
            field: missing,
            message: t(
              missing === "carrier" ? "ordo.shipping.manual.carrierRequired" : "ordo.shipping.manual.numberRequired",
            ),
          }
        : null,
    )
    if (!chosen || missing) return
    try {
      const { shipment } = await create.mutateAsync({ items: chosen, carrier, tracking_number: number.trim() })
      toast.success(t("ordo.shipping.manual.saved", { number: shipment.tracking_number }))
      p.onDone()
    } catch (e) {
      const s = asServerError(e)
      const field = errorField(s, MANUAL_FIELDS)
      if (field === "items") items.setProblem({ message: s.message })
      setError({ field, message: s.message })
    }
  }

  return (
    <form
      className="flex flex-col gap-y-4 px-6 py-4"
      data-testid="tracking-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!create.isPending) void save()
      }}
    >
      <Heading level="h3">{t("ordo.shipping.manual.title")}</Heading>
      <ItemsPicker
        idPrefix="manual"
        unshipped={p.unshipped}
        selection={items.selection}
        onChange={items.change}
        itemError={items.problem?.id ? { id: items.problem.id, message: items.problem.message } : undefined}
        error={items.problem && !items.problem.id ? items.problem.message : undefined}
        disabled={create.isPending}
      />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <FormField id="tracking-carrier" label={t("ordo.shipping.manual.carrier")} error={fieldError("carrier")}>
          <NativeSelect
            id="tracking-carrier"
            value={carrier}
            disabled={create.isPending}
            empty={t("ordo.shipping.manual.chooseCarrier")}
            onChange={(v) => {
              setCarrier(v)
              if (error?.field === "carrier") setError(null)
            }}
            options={p.carriers.map((c) => [c.code, carrierLabel(t, chinese, c.code, c.name)] as const)}
            aria-invalid={error?.field === "carrier" ? true : undefined}
            data-testid="carrier-select"
          />
        </FormField>
        <TextField
          id="tracking-number"
          label={t("ordo.shipping.manual.trackingNumber")}
          value={number}
          disabled={create.isPending}
          autoComplete="off"
          onChange={(e) => {
            setNumber(e.target.value)
            if (error?.field === "tracking_number") setError(null)
          }}
          error={fieldError("tracking_number")}
          aria-invalid={error?.field === "tracking_number" ? true : undefined}
          data-testid="tracking-number-input"
          fieldClassName="flex flex-col"
        />
      </div>
      <FormError error={error && !error.field ? error.message : undefined} />
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" type="button" onClick={p.onCancel} disabled={create.isPending}>
          {t("ordo.shipping.cancel")}
        </Button>
        <Button size="small" type="submit" disabled={create.isPending} data-testid="save-tracking">
          {create.isPending ? t("ordo.shipping.manual.saving") : t("ordo.shipping.manual.save")}
        </Button>
      </div>
    </form>
  )
}
