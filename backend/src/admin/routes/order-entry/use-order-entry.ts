import { toast } from "@medusajs/ui"
import { type ClipboardEvent, type KeyboardEvent, useCallback, useEffect, useReducer, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import {
  type CustomerMatch,
  type EntryProduct,
  type EntryWarning,
  useCustomerMatches,
  useEntryCheck,
  useOrderEntryReads,
  useParseEntryLines,
  useProductLookups,
  useProductSuggestions,
  useSubmitEntry,
} from "../../hooks/order-entry"
import { allWarnings, chosenHint, entryBody, pastedLines, quantityFor, submitExtras, successText } from "./derive"
import { entryReducer, initialEntryState } from "./state"

/** No options: one array, so the combobox does not see a new list at every render. */
const NONE: never[] = []

/** One key per order being entered: a double submit or a retry after a lost answer returns the first order. */
const newEntryKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `entry-${Date.now()}-${Math.random().toString(36).slice(2)}`

/**
 * Everything the order entry screen does, for its components: the reducer's state, the searches
 * (debounced, answered by React Query), the keyboard flow between the boxes, the live check,
 * paste, submit (Ctrl+Enter anywhere places the order) and reopening a saved draft (?draft=).
 */
export function useOrderEntry() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const draftParam = params.get("draft")
  const [state, dispatch] = useReducer(entryReducer, undefined, () => initialEntryState(newEntryKey()))
  const reads = useOrderEntryReads()
  const customerRef = useRef<HTMLInputElement>(null)
  const addRef = useRef<HTMLInputElement>(null)
  const qtyRef = useRef<HTMLInputElement>(null)
  const customerTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const productTimer = useRef<ReturnType<typeof setTimeout>>(undefined)

  const companyId: string = state.ctx?.company?.id ?? ""

  useEffect(() => {
    customerRef.current?.focus()
    return () => {
      clearTimeout(customerTimer.current)
      clearTimeout(productTimer.current)
    }
  }, [])

  // ——— the live check (debounced) ———
  const body = entryBody(state)
  const checkKey = body ? JSON.stringify(body) : ""
  const [checkedKey, setCheckedKey] = useState("")
  useEffect(() => {
    dispatch({ type: "extraWarningsCleared" })
    if (!checkKey) return setCheckedKey("")
    const t = setTimeout(() => setCheckedKey(checkKey), 300)
    return () => clearTimeout(t)
  }, [checkKey])
  const checkQuery = useEntryCheck(checkedKey)
  const check = checkKey && checkedKey ? (checkQuery.data ?? null) : null
  const checking = !!checkKey && (checkKey !== checkedKey || checkQuery.isFetching)
  const checkError =
    checkKey && checkQuery.isError ? checkQuery.error.message || t("ordo.entry.summary.checkFailed") : ""
  useEffect(() => {
    if (checkQuery.data && !checkQuery.isPlaceholderData) dispatch({ type: "checked", check: checkQuery.data })
  }, [checkQuery.data, checkQuery.isPlaceholderData])
  const currency: string = state.ctx?.company?.currency_code ?? check?.currency_code ?? ""
  const warnings = allWarnings(check, state.extraWarnings)
  const blocks = check?.blocks ?? []

  // ——— customer search ———
  const matchesQuery = useCustomerMatches(state.customerSearch)
  const matches: CustomerMatch[] =
    state.customerOpen && state.customerSearch.length >= 2 ? (matchesQuery.data?.matches ?? NONE) : NONE
  const matchesAnswered = matchesQuery.isSuccess && !matchesQuery.isPlaceholderData
  const searchedCustomer = state.customerSearch.length >= 2 && state.customerSearch === state.customerQ.trim()
  const customerHint =
    state.customerHint ||
    (!searchedCustomer
      ? ""
      : matchesQuery.isError
        ? matchesQuery.error.message
        : matchesAnswered && !matchesQuery.data?.matches?.length
          ? t("ordo.entry.customer.noMatch")
          : "")

  const loadCompany = useCallback(
    async (id: string, customerId?: string) => {
      clearTimeout(customerTimer.current)
      try {
        const ctx = await reads.customer(id)
        dispatch({ type: "companyLoaded", ctx, customerId })
        return ctx
      } catch (e: any) {
        dispatch({ type: "customerHint", hint: e.message || t("ordo.entry.customer.loadFailed") })
        return null
      }
    },
    [reads, t],
  )

  const pickMatch = async (m: CustomerMatch | undefined) => {
    if (!m) return
    if (await loadCompany(m.company_id, m.buyer?.customer_id)) addRef.current?.focus()
  }

  const onCustomerChange = (v: string) => {
    dispatch({ type: "customerTyped", q: v })
    clearTimeout(customerTimer.current)
    customerTimer.current = setTimeout(() => dispatch({ type: "customerSearch", q: v.trim() }), 200)
  }

  const onCustomerEnter = async (active: number) => {
    const q = state.customerQ.trim()
    if (state.customerOpen && state.customerSearch === q && matchesAnswered && matches.length) {
      return pickMatch(matches[Math.max(active, 0)])
    }
    clearTimeout(customerTimer.current)
    dispatch({ type: "customerSearch", q })
    const found = q.length >= 2 ? await reads.customers(q).catch(() => []) : []
    await pickMatch(found[0])
  }

  // ——— product search, add a line ———
  const suggestionsQuery = useProductSuggestions(companyId, state.productSearch)
  const suggestions: EntryProduct[] =
    state.suggestOpen && companyId && state.productSearch ? (suggestionsQuery.data?.products ?? NONE) : NONE
  const suggestionsAnswered = suggestionsQuery.isSuccess && !suggestionsQuery.isPlaceholderData
  const searchedProduct = !!companyId && !!state.productSearch && state.productSearch === state.addQ.trim()
  const addHint =
    state.addHint ||
    (!searchedProduct
      ? ""
      : suggestionsQuery.isError
        ? suggestionsQuery.error.message
        : suggestionsAnswered && !suggestionsQuery.data?.products?.length
          ? t("ordo.entry.add.nothing", { q: state.productSearch })
          : "")

  const onAddChange = (v: string) => {
    dispatch({ type: "addTyped", q: v })
    clearTimeout(productTimer.current)
    productTimer.current = setTimeout(() => dispatch({ type: "productSearch", q: v.trim() }), 150)
  }

  const choose = (p: EntryProduct | undefined) => {
    if (!p) return
    clearTimeout(productTimer.current)
    dispatch({ type: "productChosen", product: p, hint: chosenHint(p, currency, t) })
    qtyRef.current?.focus()
  }

  const onAddEnter = async (active: number) => {
    const q = state.addQ.trim()
    if (!q) return
    if (!companyId) return dispatch({ type: "addHint", hint: t("ordo.entry.add.pickCustomer") })
    if (state.pending && state.pending.sku === q) return qtyRef.current?.focus()
    let list = suggestions
    let index = active
    if (!(state.suggestOpen && state.productSearch === q && suggestionsAnswered)) {
      clearTimeout(productTimer.current)
      dispatch({ type: "productSearch", q })
      list = await reads.products(companyId, q).catch(() => [])
      index = -1
    }
    const exact = list.find((p) => p.sku.toLowerCase() === q.toLowerCase())
    choose(index >= 0 ? list[index] : (exact ?? list[0]))
  }

  const onQtyKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") return addRef.current?.focus()
    if (e.key !== "Enter" || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    if (!state.pending) return addRef.current?.focus()
    const quantity = quantityFor(state.pending, state.qty)
    if (!quantity) return dispatch({ type: "addHint", hint: t("ordo.entry.add.wholeQuantity") })
    dispatch({ type: "pendingAdded", quantity })
    addRef.current?.focus()
  }

  const removeLine = (key: number, refocus: boolean) => {
    const at = state.lines.findIndex((l) => l.key === key)
    const neighbour = state.lines[at + 1] ?? state.lines[at - 1]
    dispatch({ type: "lineRemoved", key })
    if (refocus)
      requestAnimationFrame(() => {
        const row = neighbour && document.querySelector<HTMLElement>(`[data-line-key="${neighbour.key}"]`)
        if (row) row.focus()
        else addRef.current?.focus()
      })
  }

  // Stock per location for lines that did not come from the suggestion list (pasted, drafts).
  const missing = [...new Set(state.lines.map((l) => l.sku))].filter((s) => !state.chosen[s])
  const looked = useProductLookups(companyId, missing)
  const products = { ...looked, ...state.chosen }

  // ——— paste ———
  const parse = useParseEntryLines()
  const addPasted = async (text = state.pasteText) => {
    dispatch({ type: "pasteInfo", info: "" })
    if (!companyId) return dispatch({ type: "pasteInfo", text, info: t("ordo.entry.paste.pickCustomer") })
    if (!text.trim()) return
    try {
      const r = await parse.mutateAsync({ company_id: companyId, text })
      dispatch({ type: "pasted", lines: pastedLines(r.lines ?? []), errors: r.errors ?? [] })
    } catch (e: any) {
      dispatch({ type: "pasteFailed", text, info: e.message })
    }
  }
  // Several lines pasted (from a chat or spreadsheet cells) are read at once, into whatever the box already holds.
  const onPasteLines = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>, keep = "") => {
    const text = e.clipboardData.getData("text/plain")
    if (!/[\n\t]/.test(text.trim())) return
    e.preventDefault()
    void addPasted([keep.trim(), text].filter(Boolean).join("\n"))
  }

  // ——— submit ———
  const submitEntry = useSubmitEntry()
  const busy = submitEntry.isPending
  const submit = async (action: "draft" | "quote" | "place") => {
    if (!body || busy) return
    if (blocks.length) return dispatch({ type: "submitError", error: t("ordo.entry.summary.fixFirst") })
    dispatch({ type: "submitStarted" })
    try {
      const saved = await submitEntry.mutateAsync({
        body: { ...body, ...submitExtras(state, action, warnings) },
        entryKey: state.entryKey,
      })
      dispatch({ type: "submitted", saved, entryKey: newEntryKey() })
      toast.success(successText(saved, t))
      if (draftParam) setParams({}, { replace: true })
      customerRef.current?.focus()
    } catch (e: any) {
      if (e.status === 422) {
        // The answer names the warnings still to confirm; the check lists them (the SDK keeps only the message).
        const more: EntryWarning[] = await reads.check(checkKey).then(
          (c) => c.warnings ?? [],
          () => [],
        )
        dispatch({
          type: "submitError",
          error: t("ordo.entry.summary.confirmEach", {
            message: e.message || t("ordo.entry.summary.needsConfirming"),
          }),
          warnings: more,
        })
      } else if (e.status === 409) {
        dispatch({
          type: "submitError",
          error: t("ordo.entry.summary.stockTaken", {
            message: e.message || t("ordo.entry.summary.stockTakenDefault"),
          }),
        })
        reads.recheck()
      } else dispatch({ type: "submitError", error: e.message || t("ordo.entry.summary.couldNotSave") })
    }
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
      let draft: any
      try {
        draft = await reads.draft(draftParam)
      } catch (e: any) {
        if (!cancelled) dispatch({ type: "customerHint", hint: e.message || t("ordo.entry.customer.draftFailed") })
        return
      }
      if (cancelled) return
      const ctx = await loadCompany(draft.company_id, draft.customer_id)
      if (cancelled || !ctx) return
      dispatch({ type: "draftOpened", draft, entryKey: newEntryKey() })
      addRef.current?.focus()
    })()
    return () => {
      cancelled = true
    }
  }, [draftParam, loadCompany, reads, t])

  return {
    state,
    dispatch,
    refs: { customerRef, addRef, qtyRef },
    companyId,
    currency,
    customer: {
      matches,
      hint: customerHint,
      onChange: onCustomerChange,
      onEnter: onCustomerEnter,
      onPick: pickMatch,
      onDismiss: () => dispatch({ type: "customerDismissed" }),
    },
    adder: {
      suggestions,
      /** How many products match in all (the list shows the first ones). */
      total: suggestions.length ? Math.max(suggestionsQuery.data?.total ?? 0, suggestions.length) : 0,
      hint: addHint,
      onChange: onAddChange,
      onEnter: onAddEnter,
      onPick: choose,
      onDismiss: () => dispatch({ type: "suggestionsDismissed" }),
      onQtyKey,
    },
    products,
    removeLine,
    paste: { addPasted, onPasteLines },
    check,
    checking,
    checkError,
    warnings,
    blocks,
    busy,
    disabled: !body || busy || blocks.length > 0,
    submit,
  }
}

export type OrderEntry = ReturnType<typeof useOrderEntry>
