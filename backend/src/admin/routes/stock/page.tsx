import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Tabs, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminApi, day, money } from "../../lib/api"

type Level = {
  variant_id: string
  sku: string
  title: string
  inventory_item_id: string
  location_id: string
  location_name: string
  stocked: number
  reserved: number
  available: number
  threshold: number | null
  low: boolean
}
type Loc = { id: string; name: string }

const selectClass = "rounded-md border bg-ui-bg-field px-2 py-1 text-sm"
const today = () => new Date().toISOString().slice(0, 10)

/** "SKU qty unit_cost" per line (tab, space or comma separated); every bad line is reported with its number. */
function parseReceiptLines(text: string) {
  const lines: { sku: string; quantity: number; unit_cost: string }[] = []
  const errors: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const cells = raw
      .trim()
      .split(/[\t ,]+/)
      .filter(Boolean)
    if (!cells.length) return
    if (cells.length !== 3) {
      errors.push(`Line ${i + 1} (“${raw.trim()}”): expected SKU, quantity and unit cost`)
      return
    }
    const [sku, q, cost] = cells
    const quantity = Number(q)
    if (!Number.isInteger(quantity) || quantity < 1)
      errors.push(`Line ${i + 1} (“${raw.trim()}”): quantity must be a whole number of at least 1`)
    else if (!/^\d+(\.\d{1,4})?$/.test(cost)) errors.push(`Line ${i + 1} (“${raw.trim()}”): unit cost must be a number`)
    else lines.push({ sku, quantity, unit_cost: cost })
  })
  return { lines, errors }
}

function LocationSelect({
  id,
  label,
  value,
  onChange,
  locations,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  locations: Loc[]
}) {
  return (
    <div className="flex flex-col">
      <Label htmlFor={id} size="xsmall">
        {label}
      </Label>
      <select id={id} className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  )
}

function Field({
  id,
  label,
  value,
  onChange,
  ...rest
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  type?: string
  placeholder?: string
  inputMode?: "numeric" | "decimal" | "text"
}) {
  return (
    <div className="flex flex-col">
      <Label htmlFor={id} size="xsmall">
        {label}
      </Label>
      <Input id={id} size="small" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
    </div>
  )
}

function LevelsTable({
  levels,
  onSaveThreshold,
  onShowSku,
}: {
  levels: Level[]
  onSaveThreshold: (l: Level, v: string) => Promise<void>
  onShowSku: (sku: string) => void
}) {
  const [edits, setEdits] = useState<Record<string, string>>({})
  const keyOf = (l: Level) => `${l.sku}@${l.location_id}`
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>SKU</Table.HeaderCell>
          <Table.HeaderCell>Product</Table.HeaderCell>
          <Table.HeaderCell>Location</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Stocked</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Reserved</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
          <Table.HeaderCell>Low-stock threshold</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {levels.map((l) => {
          const k = keyOf(l)
          const value = edits[k] ?? (l.threshold == null ? "" : String(l.threshold))
          const dirty = edits[k] !== undefined && edits[k] !== (l.threshold == null ? "" : String(l.threshold))
          const save = async () => {
            if (!dirty) return
            await onSaveThreshold(l, value)
            setEdits(({ [k]: _, ...rest }) => rest)
          }
          return (
            <Table.Row key={k} data-testid="stock-level" data-sku={l.sku} data-location={l.location_id}>
              <Table.Cell className="font-mono">
                <button type="button" className="text-ui-fg-interactive" onClick={() => onShowSku(l.sku)}>
                  {l.sku}
                </button>
              </Table.Cell>
              <Table.Cell>{l.title}</Table.Cell>
              <Table.Cell>{l.location_name}</Table.Cell>
              <Table.Cell className="text-right">{l.stocked}</Table.Cell>
              <Table.Cell className="text-right">{l.reserved}</Table.Cell>
              <Table.Cell className="text-right">{l.available}</Table.Cell>
              <Table.Cell>
                <div className="flex items-center gap-1">
                  <Input
                    size="small"
                    className="w-24"
                    inputMode="numeric"
                    placeholder="none"
                    aria-label={`Threshold ${l.sku} ${l.location_name}`}
                    value={value}
                    onChange={(e) => setEdits({ ...edits, [k]: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === "Enter") save()
                      if (e.key === "Escape") setEdits(({ [k]: _, ...rest }) => rest)
                    }}
                  />
                  {dirty ? (
                    <Button size="small" variant="secondary" onClick={save}>
                      Save
                    </Button>
                  ) : null}
                </div>
              </Table.Cell>
              <Table.Cell>
                {l.low ? (
                  <Badge size="2xsmall" color="red">
                    low
                  </Badge>
                ) : null}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

/** Warehouse: levels and thresholds, low stock, adjustments, transfers, purchase receipts, movements, FIFO layers. */
const StockPage = () => {
  const [tab, setTab] = useState("levels")
  const [locations, setLocations] = useState<Loc[]>([])
  const [q, setQ] = useState("")
  const [levels, setLevels] = useState<Level[]>([])
  const [low, setLow] = useState<Level[]>([])
  const [movementSku, setMovementSku] = useState("")
  const [movements, setMovements] = useState<any[]>([])
  const [layerSku, setLayerSku] = useState("")
  const [layers, setLayers] = useState<any[] | null>(null)
  const [receipts, setReceipts] = useState<any[]>([])
  const [adjust, setAdjust] = useState({ sku: "", location_id: "", quantity: "", reason: "" })
  const [transfer, setTransfer] = useState({
    sku: "",
    from_location_id: "",
    to_location_id: "",
    quantity: "",
    reason: "",
  })
  const [receipt, setReceipt] = useState({
    supplier: "",
    received_at: today(),
    reference: "",
    currency_code: "",
    location_id: "",
    lines: "",
  })
  const [receiptErrors, setReceiptErrors] = useState<string[]>([])
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null)

  const locationName = (id: string | null | undefined) => (id ? (locations.find((l) => l.id === id)?.name ?? id) : "—")

  const loadLevels = useCallback(
    (search: string) =>
      adminApi(`/admin/ordo/stock/levels${search ? `?q=${encodeURIComponent(search)}` : ""}`).then((r) =>
        setLevels(r.levels),
      ),
    [],
  )
  const loadLow = useCallback(() => adminApi("/admin/ordo/stock/low").then((r) => setLow(r.levels)), [])
  const loadMovements = useCallback(
    (sku: string) =>
      adminApi(`/admin/ordo/stock/movements${sku ? `?sku=${encodeURIComponent(sku)}` : ""}`).then((r) =>
        setMovements(r.movements),
      ),
    [],
  )
  const loadLayers = useCallback(
    (sku: string) =>
      sku
        ? adminApi(`/admin/ordo/stock/cost-layers?sku=${encodeURIComponent(sku)}`).then((r) => setLayers(r.layers))
        : Promise.resolve(setLayers(null)),
    [],
  )
  const loadReceipts = useCallback(
    () => adminApi("/admin/ordo/purchase-receipts").then((r) => setReceipts(r.receipts ?? [])),
    [],
  )

  const fail = useCallback((e: any) => setMessage({ text: e.message, error: true }), [])

  useEffect(() => {
    adminApi("/admin/ordo/stock/locations")
      .then((r) => setLocations(r.locations))
      .catch(fail)
    loadLow().catch(fail)
    loadMovements("").catch(fail)
    loadReceipts().catch(fail)
  }, [loadLow, loadMovements, loadReceipts, fail])

  useEffect(() => {
    const t = setTimeout(() => loadLevels(q.trim()).catch(fail), 250)
    return () => clearTimeout(t)
  }, [q, loadLevels, fail])

  const refresh = (sku?: string) =>
    Promise.all([
      loadLevels(q.trim()),
      loadLow(),
      loadMovements(movementSku.trim()),
      sku && sku === layerSku.trim() ? loadLayers(sku) : null,
    ]).catch(fail)

  const run = async (fn: () => Promise<string>, sku?: string) => {
    setMessage(null)
    try {
      const text = await fn()
      setMessage({ text })
      await refresh(sku)
      return true
    } catch (e: any) {
      fail(e)
      return false
    }
  }

  const saveThreshold = async (l: Level, v: string) => {
    const threshold = v.trim() === "" ? null : Number(v)
    if (threshold !== null && (!Number.isInteger(threshold) || threshold < 0)) {
      setMessage({ text: "A threshold is a whole number of 0 or more (empty removes it).", error: true })
      return
    }
    await run(async () => {
      await adminApi("/admin/ordo/stock/thresholds", {
        method: "POST",
        body: { sku: l.sku, location_id: l.location_id, threshold },
      })
      return threshold == null
        ? `Threshold removed for ${l.sku} at ${l.location_name}.`
        : `Threshold for ${l.sku} at ${l.location_name} set to ${threshold}.`
    })
  }

  const showSku = (sku: string) => {
    setLayerSku(sku)
    setMovementSku(sku)
    loadLayers(sku).catch(fail)
    loadMovements(sku).catch(fail)
    setTab("layers")
  }

  const submitAdjust = () => {
    const quantity = Number(adjust.quantity)
    if (
      !adjust.sku.trim() ||
      !adjust.location_id ||
      !Number.isInteger(quantity) ||
      quantity === 0 ||
      !adjust.reason.trim()
    )
      return setMessage({
        text: "An adjustment needs a SKU, a location, a whole quantity other than 0 (negative takes stock out) and a reason.",
        error: true,
      })
    const sku = adjust.sku.trim()
    run(async () => {
      await adminApi("/admin/ordo/stock/adjustments", {
        method: "POST",
        body: { sku, location_id: adjust.location_id, quantity, reason: adjust.reason.trim() },
      })
      setAdjust({ ...adjust, quantity: "", reason: "" })
      return `${sku}: ${quantity > 0 ? "+" : ""}${quantity} at ${locationName(adjust.location_id)}.`
    }, sku)
  }

  const submitTransfer = () => {
    const quantity = Number(transfer.quantity)
    if (
      !transfer.sku.trim() ||
      !transfer.from_location_id ||
      !transfer.to_location_id ||
      !Number.isInteger(quantity) ||
      quantity < 1 ||
      !transfer.reason.trim()
    )
      return setMessage({
        text: "A transfer needs a SKU, two locations, a whole quantity of at least 1 and a reason.",
        error: true,
      })
    if (transfer.from_location_id === transfer.to_location_id)
      return setMessage({ text: "Choose two different locations.", error: true })
    const sku = transfer.sku.trim()
    run(async () => {
      await adminApi("/admin/ordo/stock/transfers", {
        method: "POST",
        body: {
          sku,
          from_location_id: transfer.from_location_id,
          to_location_id: transfer.to_location_id,
          quantity,
          reason: transfer.reason.trim(),
        },
      })
      setTransfer({ ...transfer, quantity: "", reason: "" })
      return `${quantity} × ${sku} moved from ${locationName(transfer.from_location_id)} to ${locationName(transfer.to_location_id)}.`
    }, sku)
  }

  const submitReceipt = () => {
    const parsed = parseReceiptLines(receipt.lines)
    const problems = [...parsed.errors]
    if (!receipt.supplier.trim()) problems.unshift("Supplier is required.")
    if (!receipt.location_id) problems.unshift("Choose the receiving location.")
    if (!/^\d{4}-\d{2}-\d{2}$/.test(receipt.received_at)) problems.unshift("Received date is YYYY-MM-DD.")
    if (!parsed.lines.length && !parsed.errors.length) problems.push("Enter at least one line: SKU qty unit_cost.")
    setReceiptErrors(problems)
    if (problems.length) return
    run(async () => {
      const r = await adminApi("/admin/ordo/purchase-receipts", {
        method: "POST",
        body: {
          supplier: receipt.supplier.trim(),
          received_at: receipt.received_at,
          ...(receipt.reference.trim() ? { reference: receipt.reference.trim() } : {}),
          ...(receipt.currency_code.trim() ? { currency_code: receipt.currency_code.trim().toLowerCase() } : {}),
          lines: parsed.lines.map((l) => ({ ...l, location_id: receipt.location_id })),
        },
      })
      setReceipt({ ...receipt, reference: "", lines: "" })
      await loadReceipts()
      const units = parsed.lines.reduce((s, l) => s + l.quantity, 0)
      return `Receipt${r.receipt?.reference ? ` ${r.receipt.reference}` : ""} booked: ${parsed.lines.length} line(s), ${units} unit(s) into ${locationName(receipt.location_id)}.`
    })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Stock</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Levels per location, low-stock thresholds, adjustments, transfers, purchase receipts and FIFO cost layers.
        </Text>
        {message ? (
          <Text
            size="small"
            className={message.error ? "text-ui-fg-error" : "text-ui-fg-interactive"}
            data-testid="stock-message"
            role={message.error ? "alert" : "status"}
          >
            {message.text}
          </Text>
        ) : null}
      </Container>
      <Tabs value={tab} onValueChange={setTab}>
        <Tabs.List>
          <Tabs.Trigger value="levels">Levels</Tabs.Trigger>
          <Tabs.Trigger value="low">Low stock{low.length ? ` (${low.length})` : ""}</Tabs.Trigger>
          <Tabs.Trigger value="moves">Adjust / transfer</Tabs.Trigger>
          <Tabs.Trigger value="receive">Purchase receipt</Tabs.Trigger>
          <Tabs.Trigger value="log">Movements</Tabs.Trigger>
          <Tabs.Trigger value="layers">Cost layers</Tabs.Trigger>
        </Tabs.List>

        <Tabs.Content value="levels" className="mt-3">
          <Container className="p-0">
            <div className="px-6 py-4">
              <Input
                size="small"
                aria-label="Search stock"
                placeholder="Search SKU or product"
                value={q}
                onChange={(e) => setQ(e.target.value)}
              />
            </div>
            <LevelsTable levels={levels} onSaveThreshold={saveThreshold} onShowSku={showSku} />
            {!levels.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                Nothing found.
              </Text>
            ) : null}
          </Container>
        </Tabs.Content>

        <Tabs.Content value="low" className="mt-3">
          <Container className="p-0">
            <Heading level="h2" className="px-6 py-4">
              At or below threshold
            </Heading>
            <LevelsTable levels={low} onSaveThreshold={saveThreshold} onShowSku={showSku} />
            {!low.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                Nothing is low.
              </Text>
            ) : null}
          </Container>
        </Tabs.Content>

        <Tabs.Content value="moves" className="mt-3 flex flex-col gap-y-3">
          <Container className="flex flex-col gap-y-2 px-6 py-4">
            <Heading level="h2">Adjustment</Heading>
            <form
              className="flex flex-wrap items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault()
                submitAdjust()
              }}
            >
              <Field id="adj-sku" label="SKU" value={adjust.sku} onChange={(sku) => setAdjust({ ...adjust, sku })} />
              <LocationSelect
                id="adj-location"
                label="Location"
                value={adjust.location_id}
                onChange={(location_id) => setAdjust({ ...adjust, location_id })}
                locations={locations}
              />
              <Field
                id="adj-qty"
                label="Quantity (±)"
                placeholder="-5 or 12"
                value={adjust.quantity}
                onChange={(quantity) => setAdjust({ ...adjust, quantity })}
              />
              <Field
                id="adj-reason"
                label="Reason"
                placeholder="count correction, damaged…"
                value={adjust.reason}
                onChange={(reason) => setAdjust({ ...adjust, reason })}
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
              <Field
                id="tr-sku"
                label="SKU"
                value={transfer.sku}
                onChange={(sku) => setTransfer({ ...transfer, sku })}
              />
              <LocationSelect
                id="tr-from"
                label="From"
                value={transfer.from_location_id}
                onChange={(from_location_id) => setTransfer({ ...transfer, from_location_id })}
                locations={locations}
              />
              <LocationSelect
                id="tr-to"
                label="To"
                value={transfer.to_location_id}
                onChange={(to_location_id) => setTransfer({ ...transfer, to_location_id })}
                locations={locations}
              />
              <Field
                id="tr-qty"
                label="Quantity"
                inputMode="numeric"
                value={transfer.quantity}
                onChange={(quantity) => setTransfer({ ...transfer, quantity })}
              />
              <Field
                id="tr-reason"
                label="Reason"
                value={transfer.reason}
                onChange={(reason) => setTransfer({ ...transfer, reason })}
              />
              <Button size="small" type="submit">
                Transfer
              </Button>
            </form>
          </Container>
        </Tabs.Content>

        <Tabs.Content value="receive" className="mt-3 flex flex-col gap-y-3">
          <Container className="flex flex-col gap-y-2 px-6 py-4">
            <Heading level="h2">Receive a purchase</Heading>
            <div className="flex flex-wrap items-end gap-2">
              <Field
                id="rc-supplier"
                label="Supplier"
                value={receipt.supplier}
                onChange={(supplier) => setReceipt({ ...receipt, supplier })}
              />
              <Field
                id="rc-date"
                label="Received on"
                type="date"
                value={receipt.received_at}
                onChange={(received_at) => setReceipt({ ...receipt, received_at })}
              />
              <Field
                id="rc-reference"
                label="Reference"
                placeholder="supplier delivery note"
                value={receipt.reference}
                onChange={(reference) => setReceipt({ ...receipt, reference })}
              />
              <Field
                id="rc-currency"
                label="Currency"
                placeholder="cny"
                value={receipt.currency_code}
                onChange={(currency_code) => setReceipt({ ...receipt, currency_code })}
              />
              <LocationSelect
                id="rc-location"
                label="Into location"
                value={receipt.location_id}
                onChange={(location_id) => setReceipt({ ...receipt, location_id })}
                locations={locations}
              />
            </div>
            <Label htmlFor="rc-lines" size="xsmall">
              Lines: SKU qty unit_cost, one per line
            </Label>
            <Textarea
              id="rc-lines"
              rows={6}
              placeholder={"FST-HB-ZP-M8X30 500 0.42\nPKG-TAPE-48MM 200 3.10"}
              value={receipt.lines}
              onChange={(e) => setReceipt({ ...receipt, lines: e.target.value })}
            />
            {receiptErrors.length ? (
              <ul data-testid="receipt-errors">
                {receiptErrors.map((e) => (
                  <li key={e}>
                    <Text size="small" className="text-ui-fg-error">
                      {e}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}
            <div>
              <Button size="small" onClick={submitReceipt}>
                Book receipt
              </Button>
            </div>
          </Container>
          <Container className="p-0">
            <Heading level="h2" className="px-6 py-4">
              Recent receipts
            </Heading>
            <Table>
              <Table.Body>
                {receipts.slice(0, 30).map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>{day(r.received_at)}</Table.Cell>
                    <Table.Cell>{r.supplier}</Table.Cell>
                    <Table.Cell>{r.reference ?? "—"}</Table.Cell>
                    <Table.Cell>
                      {Array.isArray(r.lines ?? r.layers) ? `${(r.lines ?? r.layers).length} line(s)` : ""}
                    </Table.Cell>
                    <Table.Cell>{r.currency_code ? String(r.currency_code).toUpperCase() : ""}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {!receipts.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                No receipts yet.
              </Text>
            ) : null}
          </Container>
        </Tabs.Content>

        <Tabs.Content value="log" className="mt-3">
          <Container className="p-0">
            <form
              className="flex items-end gap-2 px-6 py-4"
              onSubmit={(e) => {
                e.preventDefault()
                loadMovements(movementSku.trim()).catch(fail)
              }}
            >
              <Field id="mv-sku" label="SKU (empty = all)" value={movementSku} onChange={setMovementSku} />
              <Button size="small" variant="secondary" type="submit">
                Show
              </Button>
            </form>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>When</Table.HeaderCell>
                  <Table.HeaderCell>Kind</Table.HeaderCell>
                  <Table.HeaderCell>SKU</Table.HeaderCell>
                  <Table.HeaderCell>From</Table.HeaderCell>
                  <Table.HeaderCell>To</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                  <Table.HeaderCell>Reason</Table.HeaderCell>
                  <Table.HeaderCell>By</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {movements.map((m) => (
                  <Table.Row key={m.id} data-testid="stock-movement">
                    <Table.Cell>{m.created_at ? new Date(m.created_at).toLocaleString() : "—"}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall">{m.kind}</Badge>
                    </Table.Cell>
                    <Table.Cell className="font-mono">{m.sku}</Table.Cell>
                    <Table.Cell>{locationName(m.from_location_id)}</Table.Cell>
                    <Table.Cell>{locationName(m.to_location_id)}</Table.Cell>
                    <Table.Cell className="text-right">{m.quantity}</Table.Cell>
                    <Table.Cell>{m.reason ?? "—"}</Table.Cell>
                    <Table.Cell>{m.actor_name ?? "—"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {!movements.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                No movements.
              </Text>
            ) : null}
          </Container>
        </Tabs.Content>

        <Tabs.Content value="layers" className="mt-3">
          <Container className="p-0">
            <form
              className="flex items-end gap-2 px-6 py-4"
              onSubmit={(e) => {
                e.preventDefault()
                loadLayers(layerSku.trim()).catch(fail)
              }}
            >
              <Field id="cl-sku" label="SKU" value={layerSku} onChange={setLayerSku} />
              <Button size="small" variant="secondary" type="submit">
                Show layers
              </Button>
            </form>
            {layers ? (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Received</Table.HeaderCell>
                    <Table.HeaderCell>Supplier</Table.HeaderCell>
                    <Table.HeaderCell>Location</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Received qty</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Remaining</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {layers.map((l) => (
                    <Table.Row key={l.id} data-testid="cost-layer">
                      <Table.Cell>{day(l.received_at)}</Table.Cell>
                      <Table.Cell>{l.supplier ?? "—"}</Table.Cell>
                      <Table.Cell>{locationName(l.location_id)}</Table.Cell>
                      <Table.Cell className="text-right">{money(l.unit_cost, l.currency_code ?? "")}</Table.Cell>
                      <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                      <Table.Cell className="text-right">{l.remaining}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            ) : null}
            {layers && !layers.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                No cost layers for this SKU (no purchase receipts yet).
              </Text>
            ) : null}
          </Container>
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Stock", icon: ArchiveBox })

export default StockPage
