import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Keyboard } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Table, Text, Textarea } from "@medusajs/ui"
import { type ClipboardEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { day, money } from "../../lib/api"

const BASE = "/admin/ordo/order-entry"

/** Like adminApi, but keeps the status and body of errors (422 carries the warnings to confirm). */
async function request<T = any>(
  path: string,
  method = "GET",
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  try {
    const res = await fetch(path, {
      method,
      credentials: "include",
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: await res.json().catch(() => ({})) }
  } catch (e: any) {
    return { status: 0, body: { message: e?.message ?? "Network error" } as T }
  }
}

/** One key per order being entered: a double submit or a retry after a lost answer returns the first order. */
const newEntryKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `entry-${Date.now()}-${Math.random().toString(36).slice(2)}`
const ok = (status: number) => status >= 200 && status < 300
const nameOf = (x: any) => (x == null ? "—" : typeof x === "string" ? x : (x.name ?? x.id ?? "—"))
/** The check's line for request line i (by its index, else by position). */
const checkedLine = (check: any, i: number) =>
  check?.lines?.find((c: any) => c.index === i) ?? (check?.lines?.[i]?.index == null ? check?.lines?.[i] : null)
const pct = (x: unknown) => (x == null || x === "" ? "—" : `${Number(x).toFixed(1)}%`)

type Match = {
  company_id: string
  legal_name: string
  aliases: string[]
  tax_id: string | null
  currency_code: string
  matched_on: string
  matched_text: string
  score: number
  buyer?: { customer_id: string; name: string }
}
type Location = { location_id: string; name: string; available: number }
type Product = {
  variant_id: string
  sku: string
  title: string
  unit_price: string
  list_price: string
  tax_inclusive: boolean
  allow_backorder: boolean
  available_total: number | null
  locations: Location[]
  unit_cost: string | null
  last_paid: { unit_price: string; quantity: number; order_display_id: number } | null
  usual_quantity: number | null
}
type Line = {
  key: number
  sku: string
  variant_id: string | null
  title: string
  quantity: string
  unit_price: string
  /** The price was typed (or pasted, or saved in a draft): it is sent; otherwise the contract price applies. */
  priced: boolean
}
type Warning = { key: string; code: string; index?: number; sku?: string; message: string }
type Block = { code: string; index?: number; sku?: string; message: string }
type Success = {
  action: string
  status: string
  order_id?: string
  display_id?: number
  quote_id?: string
  approval_request_id?: string
  repeated?: boolean
}
type ParseError = { line: number; raw: string; sku?: string; code: string; error: string }

const ADDRESS_FIELDS = [
  ["first_name", "First name"],
  ["last_name", "Last name"],
  ["company", "Company"],
  ["address_1", "Address"],
  ["address_2", "Address line 2"],
  ["city", "City"],
  ["province", "Province"],
  ["postal_code", "Postal code"],
  ["country_code", "Country code"],
  ["phone", "Phone"],
] as const
type AddressForm = Record<(typeof ADDRESS_FIELDS)[number][0], string>
const EMPTY_ADDRESS: AddressForm = Object.fromEntries(ADDRESS_FIELDS.map(([k]) => [k, ""])) as AddressForm
const OTHER = "__other__"

const addressLabel = (a: any) =>
  [a.company, [a.first_name, a.last_name].filter(Boolean).join(" "), a.address_1, a.city, a.postal_code]
    .filter(Boolean)
    .join(", ")

const successText = (s: Success) => {
  if (s.status === "placed") return `Order #${s.display_id} placed`
  if (s.status === "requires_approval") return `Order #${s.display_id} waits for approval`
  if (s.status === "quote" || s.action === "quote") return "Quote created and sent"
  return `Draft${s.display_id != null ? ` #${s.display_id}` : ""} saved`
}

/** Staff order entry: a phone / WeChat order typed in fast, priced and guarded before it is placed. */
const OrderEntryPage = () => {
  const [params, setParams] = useSearchParams()
  const draftParam = params.get("draft")

  // Customer
  const customerRef = useRef<HTMLInputElement>(null)
  const [customerQ, setCustomerQ] = useState("")
  const [matches, setMatches] = useState<Match[]>([])
  const [matchesFor, setMatchesFor] = useState("")
  const [activeMatch, setActiveMatch] = useState(-1)
  const [customerHint, setCustomerHint] = useState("")
  const customerSeq = useRef(0)
  const customerTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const [ctx, setCtx] = useState<any>(null)
  const [buyerId, setBuyerId] = useState("")
  const [addressId, setAddressId] = useState("")
  const [otherAddress, setOtherAddress] = useState<AddressForm>(EMPTY_ADDRESS)

  // Lines
  const addRef = useRef<HTMLInputElement>(null)
  const qtyRef = useRef<HTMLInputElement>(null)
  const nextKey = useRef(1)
  const [lines, setLines] = useState<Line[]>([])
  const [addQ, setAddQ] = useState("")
  const [suggestions, setSuggestions] = useState<Product[]>([])
  const [suggestionsFor, setSuggestionsFor] = useState("")
  const [activeSuggestion, setActiveSuggestion] = useState(-1)
  const [pending, setPending] = useState<Product | null>(null)
  const [qty, setQty] = useState("")
  const [addHint, setAddHint] = useState("")
  const productSeq = useRef(0)
  const productTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const [products, setProducts] = useState<Record<string, Product>>({})
  const requested = useRef(new Set<string>())

  // Paste
  const [pasteText, setPasteText] = useState("")
  const [pasteErrors, setPasteErrors] = useState<ParseError[]>([])
  const [pasteInfo, setPasteInfo] = useState("")

  // Check, submit
  const [shipping, setShipping] = useState("")
  const [po, setPo] = useState("")
  const [note, setNote] = useState("")
  const [check, setCheck] = useState<any>(null)
  const [checking, setChecking] = useState(false)
  const [checkError, setCheckError] = useState("")
  const checkSeq = useRef(0)
  const [extraWarnings, setExtraWarnings] = useState<Warning[]>([])
  const [confirmed, setConfirmed] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState("")
  const [success, setSuccess] = useState<Success | null>(null)
  const [draftId, setDraftId] = useState<string | null>(null)
  const entryKey = useRef(newEntryKey())

  const companyId: string = ctx?.company?.id ?? ""
  const currency: string = ctx?.company?.currency_code ?? check?.currency_code ?? ""

  useEffect(() => {
    customerRef.current?.focus()
    return () => {
      clearTimeout(customerTimer.current)
      clearTimeout(productTimer.current)
    }
  }, [])

  // ——— customer search ———
  const searchCustomers = useCallback(async (q: string): Promise<Match[]> => {
    const seq = ++customerSeq.current
    if (q.length < 2) {
      setMatches([])
      setMatchesFor(q)
      return []
    }
    const r = await request(`${BASE}/customers?q=${encodeURIComponent(q)}`)
    const found: Match[] = ok(r.status) ? (r.body.matches ?? []) : []
    if (seq === customerSeq.current) {
      setMatches(found)
      setMatchesFor(q)
      setActiveMatch(-1)
      setCustomerHint(ok(r.status) ? (found.length ? "" : "No customer matches") : (r.body.message ?? ""))
    }
    return found
  }, [])

  const loadCompany = useCallback(async (id: string, preset?: { customer_id?: string }) => {
    clearTimeout(customerTimer.current)
    customerSeq.current++
    const r = await request(`${BASE}/customers/${id}`)
    if (!ok(r.status)) {
      setCustomerHint(r.body.message ?? `Could not load the customer (HTTP ${r.status})`)
      return null
    }
    const c = r.body
    setCtx(c)
    setCustomerQ(c.company.legal_name)
    setMatches([])
    setMatchesFor("")
    setBuyerId(preset?.customer_id ?? c.buyers[0]?.customer_id ?? "")
    setAddressId(c.addresses[0]?.id ?? OTHER)
    setOtherAddress({ ...EMPTY_ADDRESS, company: c.company.legal_name })
    return c
  }, [])

  const pickMatch = async (m: Match | undefined) => {
    if (!m) return
    const c = await loadCompany(m.company_id, { customer_id: m.buyer?.customer_id })
    if (c) addRef.current?.focus()
  }

  const onCustomerChange = (v: string) => {
    setCustomerQ(v)
    setCustomerHint("")
    clearTimeout(customerTimer.current)
    customerTimer.current = setTimeout(() => searchCustomers(v.trim()), 200)
  }

  const onCustomerKey = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault()
      setActiveMatch((i) => Math.min(i + 1, matches.length - 1))
    } else if (e.key === "ArrowUp") {
      e.preventDefault()
      setActiveMatch((i) => Math.max(i - 1, 0))
    } else if (e.key === "Escape") {
      setMatches([])
    } else if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      const q = customerQ.trim()
      if (matchesFor === q && matches.length) return pickMatch(matches[Math.max(activeMatch, 0)])
      clearTimeout(customerTimer.current)
      const found = await searchCustomers(q)
      await pickMatch(found[0])
    }
  }

  // ——— product search / add line ———
  const searchProducts = useCallback(
    async (q: string): Promise<Product[]> => {
      const seq = ++productSeq.current
      if (!companyId || q.length < 1) {
        setSuggestions([])
        setSuggestionsFor(q)
        return []
      }
      const r = await request(`${BASE}/products?company_id=${companyId}&q=${encodeURIComponent(q)}`)
      const found: Product[] = ok(r.status) ? (r.body.products ?? []) : []
      if (seq === productSeq.current) {
        setSuggestions(found)
        setSuggestionsFor(q)
        setActiveSuggestion(-1)
        setAddHint(ok(r.status) ? (found.length ? "" : `Nothing matches “${q}”`) : (r.body.message ?? ""))
      }
      return found
    },
    [companyId],
  )

  const onAddChange = (v: string) => {
    setAddQ(v)
    setPending(null)
    setAddHint("")
    clearTimeout(productTimer.current)
    productTimer.current = setTimeout(() => searchProducts(v.trim()), 150)
  }

  const choose = (p: Product | undefined) => {
    if (!p) return
    clearTimeout(productTimer.current)
    productSeq.current++
    setPending(p)
    setProducts((m) => ({ ...m, [p.sku]: p }))
    setAddQ(p.sku)
    setSuggestions([])
    setSuggestionsFor("")
    setAddHint(
      `${p.title} · ${money(p.unit_price, currency)} · ${p.available_total == null ? "stock not tracked" : `${p.available_total} available`}${p.usual_quantity ? ` · usually ${p.usual_quantity}` : ""}`,
    )
    qtyRef.current?.focus()
  }

  const onAddKey = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault()
      setActiveSuggestion((i) => Math.min(i + 1, suggestions.length - 1))
    } else if (e.key === "ArrowUp") {
      e.preventDefault()
      setActiveSuggestion((i) => Math.max(i - 1, 0))
    } else if (e.key === "Escape") {
      setSuggestions([])
    } else if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      const q = addQ.trim()
      if (!q) return
      if (!companyId) {
        setAddHint("Pick the customer first")
        return
      }
      if (pending && pending.sku === q) {
        qtyRef.current?.focus()
        return
      }
      let list = suggestions
      let index = activeSuggestion
      if (suggestionsFor !== q) {
        clearTimeout(productTimer.current)
        list = await searchProducts(q)
        index = -1
      }
      const exact = list.find((p) => p.sku.toLowerCase() === q.toLowerCase())
      choose(index >= 0 ? list[index] : (exact ?? list[0]))
    }
  }

  const appendLines = (incoming: Omit<Line, "key">[]) =>
    setLines((current) => {
      const next = [...current]
      for (const l of incoming) {
        const same = next.findIndex(
          (x) => (x.variant_id && x.variant_id === l.variant_id) || (!x.variant_id && !l.variant_id && x.sku === l.sku),
        )
        if (same >= 0 && (!l.priced || next[same].unit_price === l.unit_price)) {
          const sum = Number(next[same].quantity) + Number(l.quantity)
          next[same] = { ...next[same], quantity: Number.isFinite(sum) ? String(sum) : l.quantity }
        } else next.push({ ...l, key: nextKey.current++ })
      }
      return next
    })

  const onQtyKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      addRef.current?.focus()
      return
    }
    if (e.key !== "Enter" || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    if (!pending) {
      addRef.current?.focus()
      return
    }
    const raw = qty.trim() || (pending.usual_quantity ? String(pending.usual_quantity) : "")
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      setAddHint("Quantity must be a whole number of at least 1")
      return
    }
    appendLines([
      {
        sku: pending.sku,
        variant_id: pending.variant_id,
        title: pending.title,
        quantity: raw,
        unit_price: pending.unit_price ?? "",
        priced: false,
      },
    ])
    setPending(null)
    setAddQ("")
    setQty("")
    setAddHint("")
    addRef.current?.focus()
  }

  const setLine = (key: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)))

  const removeLine = (key: number, refocus: boolean) => {
    const at = lines.findIndex((l) => l.key === key)
    const neighbour = lines[at + 1] ?? lines[at - 1]
    setLines((ls) => ls.filter((l) => l.key !== key))
    if (refocus)
      requestAnimationFrame(() => {
        const row = neighbour && document.querySelector<HTMLElement>(`[data-line-key="${neighbour.key}"]`)
        if (row) row.focus()
        else addRef.current?.focus()
      })
  }

  // Stock per location for lines that did not come from the suggestion list (pasted, drafts).
  useEffect(() => {
    if (!companyId) return
    const missing = [...new Set(lines.map((l) => l.sku))]
      .filter((s) => !products[s] && !requested.current.has(`${companyId}:${s}`))
      .slice(0, 25)
    for (const sku of missing) {
      requested.current.add(`${companyId}:${sku}`)
      request(`${BASE}/products?company_id=${companyId}&q=${encodeURIComponent(sku)}`).then((r) => {
        const p = ok(r.status) ? (r.body.products ?? []).find((x: Product) => x.sku === sku) : null
        if (p) setProducts((m) => ({ ...m, [sku]: p }))
      })
    }
  }, [lines, products, companyId])

  // ——— paste ———
  const addPasted = async (text = pasteText) => {
    setPasteInfo("")
    if (!companyId) {
      setPasteText(text)
      setPasteInfo("Pick the customer first.")
      return
    }
    if (!text.trim()) return
    const r = await request(`${BASE}/parse`, "POST", { company_id: companyId, text })
    if (!ok(r.status)) {
      setPasteErrors([])
      setPasteText(text)
      setPasteInfo(r.body.message ?? `HTTP ${r.status}`)
      return
    }
    const parsed: any[] = r.body.lines ?? []
    const errors: ParseError[] = r.body.errors ?? []
    appendLines(
      parsed.map((l) => ({
        sku: l.sku,
        variant_id: l.variant_id ?? null,
        title: l.title ?? "",
        quantity: String(l.quantity),
        unit_price: l.unit_price ?? "",
        priced: l.unit_price != null,
      })),
    )
    setPasteErrors(errors)
    setPasteText(errors.map((e) => e.raw).join("\n"))
    setPasteInfo(
      `${parsed.length} line(s) added${errors.length ? `; ${errors.length} could not be read and are left in the box` : ""}.`,
    )
  }

  // Several lines pasted (from a chat or spreadsheet cells) are read at once, into whatever the box already holds.
  const onPasteLines = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>, keep = "") => {
    const text = e.clipboardData.getData("text/plain")
    if (!/[\n\t]/.test(text.trim())) return
    e.preventDefault()
    void addPasted([keep.trim(), text].filter(Boolean).join("\n"))
  }

  // ——— check (debounced) ———
  const addressPart = () =>
    addressId && addressId !== OTHER
      ? { address_id: addressId }
      : {
          shipping_address: Object.fromEntries(
            Object.entries(otherAddress)
              .map(([k, v]) => [k, k === "country_code" ? v.trim().toLowerCase() : v.trim()])
              .filter(([, v]) => v !== ""),
          ),
        }
  const body =
    companyId && buyerId && lines.length
      ? {
          company_id: companyId,
          customer_id: buyerId,
          lines: lines.map((l) => ({
            ...(l.variant_id ? { variant_id: l.variant_id } : { sku: l.sku }),
            quantity: Number.isFinite(Number(l.quantity)) && l.quantity.trim() !== "" ? Number(l.quantity) : 0,
            ...(l.priced && l.unit_price.trim() ? { unit_price: l.unit_price.trim() } : {}),
          })),
          ...addressPart(),
          ...(shipping.trim() ? { shipping_amount: shipping.trim() } : {}),
        }
      : null
  const checkKey = body ? JSON.stringify(body) : ""

  const runCheck = useCallback(async (key: string) => {
    const seq = ++checkSeq.current
    if (!key) {
      setCheck(null)
      setChecking(false)
      setCheckError("")
      return
    }
    setChecking(true)
    const sent = JSON.parse(key)
    const r = await request(`${BASE}/check`, "POST", sent)
    if (seq !== checkSeq.current) return
    setChecking(false)
    if (!ok(r.status)) {
      setCheck(null)
      setCheckError(r.body.message ?? `Check failed (HTTP ${r.status})`)
      return
    }
    setCheckError("")
    setCheck(r.body)
    // Lines at the contract price show what the server priced them at.
    setLines((ls) =>
      ls.map((l, i) => {
        const c = checkedLine(r.body, i)
        if (!c || l.priced || (c.sku !== l.sku && c.variant_id !== l.variant_id)) return l
        return {
          ...l,
          unit_price: c.unit_price ?? l.unit_price,
          variant_id: l.variant_id ?? c.variant_id,
          title: l.title || c.title,
        }
      }),
    )
  }, [])

  useEffect(() => {
    setExtraWarnings([])
    if (!checkKey) {
      runCheck("")
      return
    }
    setChecking(true)
    const t = setTimeout(() => runCheck(checkKey), 300)
    return () => clearTimeout(t)
  }, [checkKey, runCheck])

  const warnings: Warning[] = [...(check?.warnings ?? [])]
  for (const w of extraWarnings) if (!warnings.some((x) => x.key === w.key)) warnings.push(w)
  const blocks: Block[] = check?.blocks ?? []
  const unconfirmed = warnings.filter((w) => !confirmed.includes(w.key))
  const checkLine = (i: number, l: Line) => {
    const c = checkedLine(check, i)
    return c && (c.sku === l.sku || (l.variant_id && c.variant_id === l.variant_id)) ? c : null
  }

  // ——— submit ———
  const reset = () => {
    setCtx(null)
    setCustomerQ("")
    setMatches([])
    setBuyerId("")
    setAddressId("")
    setOtherAddress(EMPTY_ADDRESS)
    setLines([])
    setAddQ("")
    setPending(null)
    setQty("")
    setAddHint("")
    setPasteText("")
    setPasteErrors([])
    setPasteInfo("")
    setShipping("")
    setPo("")
    setNote("")
    setConfirmed([])
    setExtraWarnings([])
    setDraftId(null)
    entryKey.current = newEntryKey()
    if (draftParam) setParams({}, { replace: true })
    customerRef.current?.focus()
  }

  const submit = async (action: "draft" | "quote" | "place") => {
    if (!body || busy) return
    if (blocks.length) {
      setError("Fix the problems marked in red first.")
      return
    }
    setBusy(true)
    setError("")
    setSuccess(null)
    const known = new Set(warnings.map((w) => w.key))
    const r = await request(
      `${BASE}/submit`,
      "POST",
      {
        ...body,
        action,
        confirmed: confirmed.filter((k) => known.has(k)),
        ...(po.trim() ? { po_number: po.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(draftId ? { draft_order_id: draftId } : {}),
      },
      { "idempotency-key": entryKey.current },
    )
    setBusy(false)
    if (ok(r.status)) {
      setSuccess(r.body)
      reset()
      return
    }
    if (r.status === 422) {
      setExtraWarnings(r.body.warnings ?? [])
      setError(`${r.body.message ?? "Some warnings need confirming"} — tick “Confirm” on each, then submit again.`)
    } else if (r.status === 409) {
      setError(`${r.body.message ?? "Stock was taken meanwhile"} — quantities were re-checked.`)
      runCheck(checkKey)
    } else setError(r.body.message ?? `HTTP ${r.status}`)
  }

  const submitRef = useRef(submit)
  submitRef.current = submit
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        submitRef.current("place")
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])

  // ——— reopen a saved draft ———
  useEffect(() => {
    if (!draftParam) return
    let cancelled = false
    ;(async () => {
      const r = await request(`${BASE}/drafts/${draftParam}`)
      if (cancelled) return
      if (!ok(r.status)) {
        setCustomerHint(r.body.message ?? `Could not open the draft (HTTP ${r.status})`)
        return
      }
      const d = r.body
      const c = await loadCompany(d.company_id, { customer_id: d.customer_id })
      if (cancelled || !c) return
      setDraftId(d.order_id)
      entryKey.current = newEntryKey()
      setPo(d.po_number ?? "")
      setLines(
        (d.lines ?? []).map((l: any) => ({
          key: nextKey.current++,
          sku: l.sku,
          variant_id: l.variant_id ?? null,
          title: "",
          quantity: String(l.quantity),
          unit_price: l.unit_price ?? "",
          priced: l.unit_price != null,
        })),
      )
      const a = d.shipping_address
      if (a) {
        const same = c.addresses.find(
          (x: any) =>
            x.address_1 === a.address_1 && x.postal_code === a.postal_code && x.city === a.city && x.id != null,
        )
        if (same) setAddressId(same.id)
        else {
          setAddressId(OTHER)
          setOtherAddress(
            Object.fromEntries(ADDRESS_FIELDS.map(([k]) => [k, a[k] == null ? "" : String(a[k])])) as AddressForm,
          )
        }
      }
      addRef.current?.focus()
    })()
    return () => {
      cancelled = true
    }
  }, [draftParam, loadCompany])

  const credit = ctx?.credit
  const disabled = !body || busy || blocks.length > 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Order entry{draftId ? " — saved draft" : ""}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customer → Enter · SKU → Enter → quantity → Enter · Delete removes a focused line · Ctrl+Enter places the
            order
          </Text>
        </div>
        <Link to="/order-desk" className="text-ui-fg-interactive text-sm">
          All orders
        </Link>
      </Container>

      {success ? (
        <Container className="px-6 py-3" data-testid="entry-success" role="status">
          <Text weight="plus" className="text-ui-fg-interactive">
            {successText(success)}
            {success.repeated ? " (already submitted — nothing new was created)" : ""}
            {success.order_id && success.status !== "draft" ? (
              <>
                {" · "}
                <Link to={`/orders/${success.order_id}`} className="underline">
                  open order
                </Link>
              </>
            ) : null}
            {success.order_id && success.status === "draft" ? (
              <>
                {" · "}
                <Link to={`/order-entry?draft=${success.order_id}`} className="underline">
                  reopen draft
                </Link>
              </>
            ) : null}
            {success.quote_id ? (
              <>
                {" · "}
                <Link to={`/quotes/${success.quote_id}`} className="underline">
                  open quote
                </Link>
              </>
            ) : null}
          </Text>
        </Container>
      ) : null}

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-4">
        <div className="flex flex-col gap-y-3 xl:col-span-3">
          {/* Customer */}
          <Container className="flex flex-col gap-y-3 px-6 py-4">
            <div className="relative">
              <Label htmlFor="entry-customer" weight="plus">
                Customer
              </Label>
              <Input
                id="entry-customer"
                ref={customerRef}
                role="combobox"
                aria-expanded={matches.length > 0}
                aria-controls="entry-customer-matches"
                aria-autocomplete="list"
                aria-activedescendant={activeMatch >= 0 ? `entry-match-${activeMatch}` : undefined}
                autoComplete="off"
                placeholder="Company, alias, tax id, buyer, phone or e-mail"
                value={customerQ}
                onChange={(e) => onCustomerChange(e.target.value)}
                onKeyDown={onCustomerKey}
              />
              {matches.length ? (
                <div
                  id="entry-customer-matches"
                  role="listbox"
                  aria-label="Customer matches"
                  className="absolute z-10 mt-1 w-full rounded-md border bg-ui-bg-base shadow-elevation-flyout"
                >
                  {matches.map((m, i) => (
                    <div
                      key={`${m.company_id}-${m.buyer?.customer_id ?? ""}-${m.matched_on}`}
                      id={`entry-match-${i}`}
                      role="option"
                      aria-selected={i === activeMatch}
                      tabIndex={-1}
                      data-testid="customer-match"
                      className={`cursor-pointer px-3 py-2 ${i === activeMatch ? "bg-ui-bg-highlight" : ""}`}
                      onMouseDown={(e) => {
                        e.preventDefault()
                        pickMatch(m)
                      }}
                    >
                      <Text size="small" weight="plus">
                        {m.legal_name}{" "}
                        <span className="text-ui-fg-muted">
                          {m.currency_code?.toUpperCase()}
                          {m.tax_id ? ` · ${m.tax_id}` : ""}
                        </span>
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {m.matched_on}: {m.matched_text}
                        {m.buyer ? ` · buyer ${m.buyer.name}` : ""}
                      </Text>
                    </div>
                  ))}
                </div>
              ) : null}
              {customerHint ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {customerHint}
                </Text>
              ) : null}
            </div>

            {ctx ? (
              <div className="grid grid-cols-1 gap-3 md:grid-cols-2" data-testid="entry-company">
                <div className="flex flex-col gap-y-1">
                  <Text weight="plus">
                    {ctx.company.legal_name}{" "}
                    {credit?.on_hold ? (
                      <Badge size="2xsmall" color="red">
                        on hold
                      </Badge>
                    ) : null}
                  </Text>
                  {ctx.company.aliases?.length ? (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      aka {ctx.company.aliases.join(", ")}
                    </Text>
                  ) : null}
                  {!ctx.buyers.length ? (
                    <Text size="small" className="text-ui-fg-error">
                      This company has no buyers yet; add one under Companies first.
                    </Text>
                  ) : null}
                  <Label htmlFor="entry-buyer" size="small">
                    Buyer
                  </Label>
                  <select
                    id="entry-buyer"
                    className="rounded-md border bg-ui-bg-field px-2 py-1 text-sm"
                    value={buyerId}
                    onChange={(e) => setBuyerId(e.target.value)}
                  >
                    {ctx.buyers.map((b: any) => (
                      <option key={b.customer_id} value={b.customer_id}>
                        {b.name} · {b.email}
                        {b.phone ? ` · ${b.phone}` : ""}
                        {b.role ? ` (${b.role})` : ""}
                      </option>
                    ))}
                  </select>
                  <Label htmlFor="entry-address" size="small">
                    Ship to
                  </Label>
                  <select
                    id="entry-address"
                    className="rounded-md border bg-ui-bg-field px-2 py-1 text-sm"
                    value={addressId}
                    onChange={(e) => setAddressId(e.target.value)}
                  >
                    {ctx.addresses.map((a: any) => (
                      <option key={a.id} value={a.id}>
                        {addressLabel(a)}
                      </option>
                    ))}
                    <option value={OTHER}>Other address…</option>
                  </select>
                </div>
                <div className="flex flex-col gap-y-1" data-testid="entry-credit">
                  <Text size="small">
                    Terms: <b>{credit?.terms ?? "—"}</b>
                    {credit?.net_days ? ` ${credit.net_days} days` : ""}
                    {credit?.deposit_percent ? ` · deposit ${credit.deposit_percent}%` : ""}
                  </Text>
                  <Text size="small">
                    Credit limit: {credit?.credit_limit != null ? money(credit.credit_limit, currency) : "none"}
                  </Text>
                  <Text size="small">Exposure: {money(credit?.exposure, currency)}</Text>
                  <Text size="small">
                    Available:{" "}
                    {credit?.available != null ? (
                      <span className={Number(credit.available) < 0 ? "text-ui-fg-error" : ""}>
                        {money(credit.available, currency)}
                      </span>
                    ) : (
                      "unlimited"
                    )}
                  </Text>
                  <Text size="small">
                    Price lists: {ctx.price_lists?.length ? ctx.price_lists.map((p: any) => p.title).join(", ") : "—"}
                  </Text>
                  {ctx.min_margin_percent != null ? (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      Minimum margin {pct(ctx.min_margin_percent)}
                    </Text>
                  ) : null}
                </div>
                {addressId === OTHER ? (
                  <fieldset className="grid grid-cols-2 gap-2 md:col-span-2">
                    <legend className="text-ui-fg-subtle text-xs">Other address (checked as a new address)</legend>
                    {ADDRESS_FIELDS.map(([k, label]) => (
                      <Input
                        key={k}
                        size="small"
                        aria-label={`Ship to ${label}`}
                        placeholder={label}
                        value={otherAddress[k]}
                        onChange={(e) => setOtherAddress({ ...otherAddress, [k]: e.target.value })}
                      />
                    ))}
                  </fieldset>
                ) : null}
              </div>
            ) : null}
          </Container>

          {/* Lines */}
          <Container className="p-0">
            <div className="flex flex-wrap items-start gap-2 px-6 py-4">
              <div className="relative min-w-[280px] flex-1">
                <Label htmlFor="entry-add" size="small">
                  Add line
                </Label>
                <Input
                  id="entry-add"
                  ref={addRef}
                  role="combobox"
                  aria-expanded={suggestions.length > 0}
                  aria-controls="entry-suggestions"
                  aria-autocomplete="list"
                  aria-activedescendant={activeSuggestion >= 0 ? `entry-sug-${activeSuggestion}` : undefined}
                  autoComplete="off"
                  placeholder="SKU or product name"
                  value={addQ}
                  onChange={(e) => onAddChange(e.target.value)}
                  onKeyDown={onAddKey}
                  onPaste={(e) => onPasteLines(e)}
                />
                {suggestions.length ? (
                  <div
                    id="entry-suggestions"
                    role="listbox"
                    aria-label="Product suggestions"
                    className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded-md border bg-ui-bg-base shadow-elevation-flyout"
                  >
                    {suggestions.map((p, i) => (
                      <div
                        key={p.variant_id}
                        id={`entry-sug-${i}`}
                        role="option"
                        aria-selected={i === activeSuggestion}
                        tabIndex={-1}
                        data-testid="product-suggestion"
                        className={`cursor-pointer px-3 py-1 ${i === activeSuggestion ? "bg-ui-bg-highlight" : ""}`}
                        onMouseDown={(e) => {
                          e.preventDefault()
                          choose(p)
                        }}
                      >
                        <Text size="small">
                          <b>{p.sku}</b> {p.title}
                        </Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {money(p.unit_price, currency)}
                          {p.list_price && p.list_price !== p.unit_price
                            ? ` (list ${money(p.list_price, currency)})`
                            : ""}{" "}
                          · {p.available_total ?? "untracked"} available
                          {p.last_paid ? ` · last paid ${money(p.last_paid.unit_price, currency)}` : ""}
                        </Text>
                      </div>
                    ))}
                  </div>
                ) : null}
              </div>
              <div className="w-28">
                <Label htmlFor="entry-qty" size="small">
                  Quantity
                </Label>
                <Input
                  id="entry-qty"
                  ref={qtyRef}
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder={pending?.usual_quantity ? String(pending.usual_quantity) : ""}
                  value={qty}
                  onChange={(e) => setQty(e.target.value)}
                  onKeyDown={onQtyKey}
                />
              </div>
              {addHint ? (
                <Text size="xsmall" className="w-full text-ui-fg-subtle" data-testid="add-hint">
                  {addHint}
                </Text>
              ) : null}
            </div>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>SKU</Table.HeaderCell>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell>Qty</Table.HeaderCell>
                  <Table.HeaderCell>Unit price</Table.HeaderCell>
                  <Table.HeaderCell>Available</Table.HeaderCell>
                  <Table.HeaderCell>Last paid</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Line total</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Margin</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {lines.map((l, i) => {
                  const c = checkLine(i, l)
                  const p = products[l.sku]
                  const lineBlocks = blocks.filter((b) => b.index === i)
                  const below =
                    c?.margin_percent != null &&
                    ctx?.min_margin_percent != null &&
                    Number(c.margin_percent) < Number(ctx.min_margin_percent)
                  const lastPaid = c?.last_paid ?? p?.last_paid
                  const locations: Location[] = c?.locations?.length ? c.locations : (p?.locations ?? [])
                  return (
                    <Table.Row
                      key={l.key}
                      data-testid="entry-line"
                      data-sku={l.sku}
                      data-line-key={l.key}
                      tabIndex={0}
                      aria-label={`Line ${i + 1}: ${l.sku}`}
                      className={`focus:bg-ui-bg-highlight focus:outline-none ${lineBlocks.length ? "bg-ui-tag-red-bg" : ""}`}
                      onKeyDown={(e) => {
                        if ((e.key === "Delete" || e.key === "Backspace") && e.target === e.currentTarget) {
                          e.preventDefault()
                          removeLine(l.key, true)
                        }
                      }}
                    >
                      <Table.Cell className="whitespace-nowrap font-mono">{l.sku}</Table.Cell>
                      <Table.Cell>
                        {l.title || c?.title || p?.title || ""}
                        {lineBlocks.map((b) => (
                          <Text key={b.code} size="xsmall" className="text-ui-fg-error">
                            {b.message}
                          </Text>
                        ))}
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          size="small"
                          className="w-20"
                          inputMode="numeric"
                          aria-label={`Qty ${l.sku}`}
                          value={l.quantity}
                          onChange={(e) => setLine(l.key, { quantity: e.target.value })}
                        />
                        {c?.usual_quantity ? (
                          <Text size="xsmall" className="text-ui-fg-muted">
                            usually {c.usual_quantity}
                          </Text>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          size="small"
                          className="w-28"
                          inputMode="decimal"
                          aria-label={`Unit price ${l.sku}`}
                          value={l.unit_price}
                          placeholder={c?.contract_price ?? ""}
                          onChange={(e) =>
                            setLine(l.key, { unit_price: e.target.value, priced: e.target.value.trim() !== "" })
                          }
                        />
                        {c?.contract_price && l.priced && c.contract_price !== l.unit_price ? (
                          <Text size="xsmall" className="text-ui-fg-muted">
                            contract {money(c.contract_price, currency)}
                          </Text>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>
                        <Text size="small">{c ? (c.available ?? "not tracked") : (p?.available_total ?? "—")}</Text>
                        {locations.length ? (
                          <Text size="xsmall" className="text-ui-fg-muted">
                            {locations.map((x) => `${x.name} ${x.available}`).join(" · ")}
                          </Text>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>
                        {lastPaid ? (
                          <Text size="xsmall">
                            {money(lastPaid.unit_price, currency)} × {lastPaid.quantity}
                            {lastPaid.order_display_id ? ` (#${lastPaid.order_display_id})` : ""}
                          </Text>
                        ) : (
                          "—"
                        )}
                      </Table.Cell>
                      <Table.Cell className="text-right">{c ? money(c.line_total, currency) : "…"}</Table.Cell>
                      <Table.Cell className={`text-right ${below ? "text-ui-fg-error" : ""}`}>
                        {c ? pct(c.margin_percent) : "…"}
                      </Table.Cell>
                      <Table.Cell>
                        <Button
                          size="small"
                          variant="transparent"
                          aria-label={`Remove ${l.sku}`}
                          onClick={() => removeLine(l.key, false)}
                        >
                          Remove
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
            {!lines.length ? (
              <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
                No lines yet.
              </Text>
            ) : null}
          </Container>

          {/* Paste */}
          <Container className="flex flex-col gap-y-2 px-6 py-4">
            <Label htmlFor="entry-paste" weight="plus">
              Paste lines
            </Label>
            <Textarea
              id="entry-paste"
              rows={4}
              placeholder={
                "SKU qty [price] per line — from a chat, an e-mail or spreadsheet cells\nFST-HB-ZP-M8X30 200"
              }
              value={pasteText}
              onChange={(e) => setPasteText(e.target.value)}
              onPaste={(e) => onPasteLines(e, pasteText)}
            />
            <div className="flex items-center gap-x-2">
              <Button size="small" variant="secondary" onClick={() => addPasted()} disabled={!companyId}>
                Add pasted lines
              </Button>
              {pasteInfo ? (
                <Text size="small" data-testid="paste-info">
                  {pasteInfo}
                </Text>
              ) : null}
            </div>
            {pasteErrors.length ? (
              <ul className="flex flex-col gap-y-1" data-testid="paste-errors">
                {pasteErrors.map((e) => (
                  <li key={`${e.line}-${e.code}`} data-testid="paste-error" data-line={e.line}>
                    <Text size="small" className="text-ui-fg-error">
                      Line {e.line}: “{e.raw}” — {e.error} ({e.code})
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}
          </Container>

          {/* Check result and submit */}
          <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="entry-check">
            <div className="flex flex-wrap items-end gap-2">
              <div>
                <Label htmlFor="entry-po" size="small">
                  PO number
                </Label>
                <Input id="entry-po" size="small" value={po} onChange={(e) => setPo(e.target.value)} />
              </div>
              <div>
                <Label htmlFor="entry-shipping" size="small">
                  Shipping amount
                </Label>
                <Input
                  id="entry-shipping"
                  size="small"
                  inputMode="decimal"
                  placeholder="default"
                  value={shipping}
                  onChange={(e) => setShipping(e.target.value)}
                />
              </div>
              <div className="min-w-[240px] flex-1">
                <Label htmlFor="entry-note" size="small">
                  Note
                </Label>
                <Input id="entry-note" size="small" value={note} onChange={(e) => setNote(e.target.value)} />
              </div>
            </div>

            {check ? (
              <div className="grid grid-cols-2 gap-x-6 gap-y-1 md:grid-cols-4" data-testid="entry-totals">
                <Text size="small">Subtotal {money(check.totals.subtotal, currency)}</Text>
                <Text size="small">Shipping {money(check.totals.shipping, currency)}</Text>
                <Text size="small">
                  Tax {money(check.totals.tax, currency)}
                  {check.tax_inclusive ? " (incl.)" : ""}
                </Text>
                <Text size="small" weight="plus" data-testid="entry-total">
                  Total {money(check.totals.total, currency)}
                </Text>
                <Text size="small">Net revenue {money(check.totals.net_revenue, currency)}</Text>
                <Text size="small">Cost {money(check.totals.cost, currency)}</Text>
                <Text size="small">Margin {money(check.totals.margin, currency)}</Text>
                <Text size="small" weight="plus">
                  Margin {pct(check.totals.margin_percent)}
                </Text>
              </div>
            ) : null}
            {checking ? (
              <Text size="xsmall" className="text-ui-fg-muted">
                Checking…
              </Text>
            ) : null}
            {checkError ? (
              <Text size="small" className="text-ui-fg-error">
                {checkError}
              </Text>
            ) : null}

            {blocks.length ? (
              <ul className="flex flex-col gap-y-1" data-testid="entry-blocks">
                {blocks.map((b) => (
                  <li
                    key={`${b.code}-${b.index ?? ""}-${b.sku ?? ""}`}
                    className="rounded-md bg-ui-tag-red-bg px-2 py-1"
                    data-testid="entry-block"
                  >
                    <Text size="small" className="text-ui-fg-error">
                      {b.index != null ? `Line ${b.index + 1}: ` : ""}
                      {b.message}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}

            {warnings.length ? (
              <ul className="flex flex-col gap-y-1" data-testid="entry-warnings">
                {warnings.map((w) => {
                  const id = `confirm-${w.key}`
                  return (
                    <li
                      key={w.key}
                      className="flex items-center gap-x-2 rounded-md bg-ui-tag-orange-bg px-2 py-1"
                      data-testid="entry-warning"
                      data-key={w.key}
                    >
                      <Checkbox
                        id={id}
                        checked={confirmed.includes(w.key)}
                        onCheckedChange={(v) =>
                          setConfirmed((cs) => (v === true ? [...cs, w.key] : cs.filter((k) => k !== w.key)))
                        }
                      />
                      <Label htmlFor={id} size="small">
                        Confirm
                      </Label>
                      <Text size="small">
                        {w.index != null ? `Line ${w.index + 1}: ` : ""}
                        {w.message}
                      </Text>
                    </li>
                  )
                })}
              </ul>
            ) : null}

            {error ? (
              <Text size="small" className="text-ui-fg-error" data-testid="entry-error" role="alert">
                {error}
              </Text>
            ) : null}
            <div className="flex flex-wrap items-center gap-2">
              <Button variant="secondary" size="small" disabled={disabled} onClick={() => submit("draft")}>
                Save draft
              </Button>
              <Button variant="secondary" size="small" disabled={disabled} onClick={() => submit("quote")}>
                Send as quote
              </Button>
              <Button size="small" disabled={disabled} isLoading={busy} onClick={() => submit("place")}>
                Place order
              </Button>
              {unconfirmed.length ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {unconfirmed.length} warning(s) to confirm
                </Text>
              ) : null}
            </div>
          </Container>
        </div>

        {/* Side panel */}
        <div className="flex flex-col gap-y-3">
          <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="entry-recent-orders">
            <Heading level="h2">Recent orders</Heading>
            {!ctx ? (
              <Text size="small" className="text-ui-fg-subtle">
                Pick a customer.
              </Text>
            ) : ctx.recent_orders?.length ? (
              ctx.recent_orders.map((o: any) => (
                <Text key={o.id} size="small">
                  <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                    #{o.display_id}
                  </Link>{" "}
                  {day(o.created_at)} · {o.status} · {money(o.total, o.currency_code)}
                  {o.channel ? ` · ${nameOf(o.channel)}` : ""}
                </Text>
              ))
            ) : (
              <Text size="small">No orders yet.</Text>
            )}
          </Container>
          <Container className="flex flex-col gap-y-1 px-6 py-4">
            <Heading level="h2">Open quotes</Heading>
            {ctx?.open_quotes?.length ? (
              ctx.open_quotes.map((q: any) => (
                <Text key={q.id} size="small">
                  <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                    {q.display_id != null ? `Q-${q.display_id}` : "quote"}
                  </Link>{" "}
                  {q.status} · {day(q.created_at)} · {money(q.total, q.currency_code)} · valid until{" "}
                  {day(q.valid_until)}
                </Text>
              ))
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                None.
              </Text>
            )}
          </Container>
          <Container className="flex flex-col gap-y-1 px-6 py-4">
            <Heading level="h2">Last prices paid</Heading>
            {ctx?.last_prices?.length ? (
              ctx.last_prices.map((p: any) => (
                <Text key={p.variant_id} size="small">
                  <span className="font-mono">{p.sku}</span>: {money(p.unit_price, currency)} × {p.quantity} (#
                  {p.order_display_id}, {day(p.ordered_at)})
                </Text>
              ))
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                None.
              </Text>
            )}
          </Container>
        </div>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Order entry", icon: Keyboard })

export default OrderEntryPage
