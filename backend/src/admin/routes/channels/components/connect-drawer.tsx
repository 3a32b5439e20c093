import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { Combobox } from "../../../components/ui/combobox"
import { FormField, TextField } from "../../../components/ui/form-field"
import { NativeSelect } from "../../../components/ui/native-select"
import {
  type ConnectionTestResult,
  useConnectChannel,
  useStockLocations,
  useTestChannel,
} from "../../../hooks/channels"
import {
  CONNECT_TYPES,
  type ConnectField,
  type ConnectForm,
  connectBody,
  EMPTY_CONNECT_FORM,
  fieldErrors,
  hasSafetyStock,
  missingFields,
  SECRET_FIELDS,
  TYPE_FIELDS,
} from "../form"

type Location = { id: string; name: string }

/** Typed as a day (the back-fill starts at its midnight, UTC). */
const DATE_FIELDS: ConnectField[] = ["sync_from"]
/** Fields as wide as the form. */
const WIDE_FIELDS: ConnectField[] = ["api_base_url", "marketplace_ids", "token_url"]

/** "Connect a marketplace": the type's fields, "Test connection" with the marketplace's answer, "Connect". */
export function ConnectDrawer({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [form, setForm] = useState<ConnectForm>(EMPTY_CONNECT_FORM)
  const [invalid, setInvalid] = useState<ConnectField[]>([])
  const [other, setOther] = useState<string[]>([])
  const [tested, setTested] = useState<ConnectionTestResult | null>(null)
  const [locationQ, setLocationQ] = useState("")
  const [locationsOpen, setLocationsOpen] = useState(false)
  const test = useTestChannel()
  const connect = useConnectChannel()
  const locations = (useStockLocations().data?.stock_locations ?? []) as Location[]
  const locationOptions = locationsOpen
    ? locations.filter((l) => l.name.toLowerCase().includes(locationQ.trim().toLowerCase()))
    : []

  const set = (k: ConnectField, v: string) => {
    setForm((f) => ({ ...f, [k]: v }))
    setInvalid((e) => e.filter((x) => x !== k))
    // A changed form has not been tested.
    setTested(null)
  }
  const pickLocation = (l: Location) => {
    set("stock_location_id", l.id)
    setLocationQ(l.name)
    setLocationsOpen(false)
  }
  const fieldError = (k: ConnectField) => (invalid.includes(k) ? t(`ordo.channels.form.invalid.${k}`) : undefined)

  /** Checks what can be checked here, sends, and puts a 400 back on the fields it names. */
  async function send<T>(call: (body: ReturnType<typeof connectBody>) => Promise<T>): Promise<T | undefined> {
    setOther([])
    const missing = missingFields(form)
    if (missing.length) {
      setInvalid(missing)
      return undefined
    }
    try {
      return await call(connectBody(form))
    } catch (e: any) {
      if (e?.status === 400) {
        const read = fieldErrors(String(e.message ?? ""))
        setInvalid(read.fields)
        setOther(read.fields.length ? [] : read.other)
      } else setOther([e?.message ?? String(e)])
      return undefined
    }
  }

  const runTest = async () => {
    setTested(null)
    const r = await send((body) => test.mutateAsync(body))
    if (r) setTested(r)
  }
  const runConnect = async () => {
    const r = await send((body) => connect.mutateAsync(body))
    if (!r) return
    toast.success(t("ordo.channels.form.connected", { name: r.channel.name }))
    setForm(EMPTY_CONNECT_FORM)
    setLocationQ("")
    setTested(null)
    onOpenChange(false)
    navigate(`/channels/${r.channel.id}`)
  }

  const text = (k: ConnectField, opts: { placeholder?: string; className?: string } = {}) => {
    const error = fieldError(k)
    // The optional settings say what they are for (under the field, until it has an error).
    const hint = t(`ordo.channels.form.hints.${k}`, { defaultValue: "" })
    return (
      <div key={k} className={`flex flex-col gap-y-0.5 ${opts.className ?? ""}`}>
        <TextField
          id={`connect-${k}`}
          label={t(
            `ordo.channels.form.fields.${k === "api_base_url" && form.type === "amazon" ? "api_base_url_amazon" : k}`,
          )}
          fieldClassName="flex flex-col"
          error={error}
          aria-invalid={invalid.includes(k) || undefined}
          type={SECRET_FIELDS.includes(k) ? "password" : DATE_FIELDS.includes(k) ? "date" : "text"}
          autoComplete={SECRET_FIELDS.includes(k) ? "new-password" : "off"}
          placeholder={opts.placeholder ?? t(`ordo.channels.form.placeholders.${k}`, { defaultValue: "" })}
          value={form[k]}
          onChange={(e) => set(k, e.target.value)}
        />
        {hint && !error ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {hint}
          </Text>
        ) : null}
      </div>
    )
  }

  // A file source has nothing to test and no secrets: its own intro.
  const intro = t(form.type === "file" ? "ordo.channels.form.introFile" : "ordo.channels.form.intro")

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("ordo.channels.form.title")}</Drawer.Title>
          <Drawer.Description className="sr-only">{intro}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {intro}
          </Text>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <FormField id="connect-type" label={t("ordo.channels.form.fields.type")} error={fieldError("type")}>
              <NativeSelect
                id="connect-type"
                value={form.type}
                onChange={(v) => set("type", v)}
                options={CONNECT_TYPES.map((x) => [x, t(`ordo.channels.types.${x}`)] as const)}
              />
            </FormField>
            {text("name", form.type === "file" ? { placeholder: t("ordo.channels.form.placeholders.name_file") } : {})}
            {text("currency_code")}
            {hasSafetyStock(form.type) ? text("safety_stock") : null}
            <div className="flex flex-col sm:col-span-2">
              <Combobox
                id="connect-stock_location_id"
                label={t("ordo.channels.form.fields.stock_location_id")}
                labelSize="xsmall"
                placeholder={t("ordo.channels.form.placeholders.stock_location_id")}
                value={locationQ}
                onValueChange={(v) => {
                  setLocationQ(v)
                  setLocationsOpen(true)
                  if (form.stock_location_id) set("stock_location_id", "")
                }}
                invalid={invalid.includes("stock_location_id")}
                onFocus={() => !form.stock_location_id && setLocationsOpen(true)}
                options={locationOptions}
                optionKey={(l) => l.id}
                renderOption={(l) => <Text size="small">{l.name}</Text>}
                onPick={pickLocation}
                onEnter={(i) => {
                  const l = locationOptions[i] ?? (locationOptions.length === 1 ? locationOptions[0] : undefined)
                  if (l) pickLocation(l)
                }}
                onDismiss={() => setLocationsOpen(false)}
                listLabel={t("ordo.channels.form.fields.stock_location_id")}
                optionId="connect-location"
                optionTestId="location-option"
                hint={
                  locationsOpen && locationQ.trim() && !locationOptions.length
                    ? t("ordo.channels.form.noLocation")
                    : undefined
                }
              />
              {fieldError("stock_location_id") ? (
                <Text size="xsmall" className="text-ui-fg-error">
                  {fieldError("stock_location_id")}
                </Text>
              ) : null}
            </div>
          </div>
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">
              {t(`ordo.channels.form.credentials.${form.type}`)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t(`ordo.channels.form.where.${form.type}`)}
            </Text>
          </div>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {TYPE_FIELDS[form.type].map((k) =>
              text(k, {
                className: WIDE_FIELDS.includes(k) ? "sm:col-span-2" : undefined,
                placeholder:
                  k === "api_base_url" ? t(`ordo.channels.form.placeholders.api_base_url_${form.type}`) : undefined,
              }),
            )}
          </div>
          {other.length ? (
            <Text size="small" className="text-ui-fg-error" data-testid="connect-error">
              {other.join(" ")}
            </Text>
          ) : null}
          {tested ? <TestResult result={tested} /> : null}
        </Drawer.Body>
        <Drawer.Footer className="flex-wrap">
          {/* A file source calls nothing: there is no connection to test. */}
          {form.type === "file" ? null : (
            <Button variant="secondary" size="small" onClick={runTest} isLoading={test.isPending}>
              {t("ordo.channels.form.test")}
            </Button>
          )}
          <Button size="small" onClick={runConnect} isLoading={connect.isPending}>
            {t("ordo.channels.form.connect")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The marketplace's answer to "Test connection". */
function TestResult({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation()
  if (!result.ok)
    return (
      <div className="rounded-md border border-ui-border-error bg-ui-bg-subtle px-3 py-2" data-testid="connect-test">
        <Text size="small" weight="plus" className="text-ui-fg-error">
          {t("ordo.channels.form.testFailed")}
        </Text>
        <Text size="xsmall" className="break-words text-ui-fg-subtle">
          {result.message}
        </Text>
      </div>
    )
  const { shop, currency_mismatch } = result
  return (
    <div className="rounded-md border bg-ui-bg-subtle px-3 py-2" data-testid="connect-test" data-ok="true">
      <Text size="small" weight="plus" className="text-ui-fg-interactive">
        {t("ordo.channels.form.testOk", { name: shop.name })}
      </Text>
      <Text size="xsmall" className="break-words text-ui-fg-subtle">
        {[shop.domain, shop.currency?.toUpperCase()].filter(Boolean).join(" · ")}
      </Text>
      {currency_mismatch ? (
        <Text size="xsmall" className="text-ui-fg-error">
          {t("ordo.channels.form.currencyMismatch", {
            marketplace: currency_mismatch.marketplace.toUpperCase(),
            chosen: currency_mismatch.chosen.toUpperCase(),
          })}
        </Text>
      ) : null}
    </div>
  )
}
