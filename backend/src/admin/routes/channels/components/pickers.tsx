import { Text } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Combobox } from "../../../components/ui/combobox"
import { useCustomerSearch, useVariantSearch } from "../../../hooks/channels"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"

export type Picked = { id: string; label: string }

type PickerProps = {
  id: string
  label: string
  picked: Picked | null
  onPick: (picked: Picked | null) => void
}

/**
 * A search box that settles on one record: typing searches (after a pause), a pick shows the
 * record's label, typing again drops the pick.
 */
function SearchPicker<T>(
  p: PickerProps & {
    /** A search hook: called on every render with the settled text ("" while closed). */
    useResults: (q: string) => { options: T[]; searching: boolean }
    optionKey: (o: T) => string
    labelOf: (o: T) => string
    renderOption: (o: T) => ReactNode
    placeholder: string
    testId: string
  },
) {
  const { t } = useTranslation()
  const [q, setQ] = useState(p.picked?.label ?? "")
  const [open, setOpen] = useState(false)
  const settled = useDebouncedValue(q, 250)
  const { options, searching } = p.useResults(open ? settled : "")
  const shown = open && q.trim() ? options : []
  const pick = (o: T) => {
    p.onPick({ id: p.optionKey(o), label: p.labelOf(o) })
    setQ(p.labelOf(o))
    setOpen(false)
  }
  return (
    <Combobox
      id={p.id}
      label={p.label}
      labelSize="xsmall"
      placeholder={p.placeholder}
      value={q}
      onValueChange={(v) => {
        setQ(v)
        setOpen(true)
        if (p.picked) p.onPick(null)
      }}
      options={shown}
      optionKey={p.optionKey}
      renderOption={p.renderOption}
      onPick={pick}
      onEnter={(i) => {
        const o = shown[i] ?? (shown.length === 1 ? shown[0] : undefined)
        if (o) pick(o)
      }}
      onDismiss={() => setOpen(false)}
      listLabel={p.label}
      optionId={`${p.id}-option`}
      optionTestId={p.testId}
      hint={
        open && q.trim() && settled === q && !searching && !options.length
          ? t("ordo.channels.queue.noMatch")
          : undefined
      }
    />
  )
}

type Variant = { id: string; title: string; sku: string | null; product?: { title: string } }

function useVariants(q: string) {
  const r = useVariantSearch(q)
  return { options: r.data?.variants ?? [], searching: r.isFetching }
}

/** One of our variants, found by SKU or product title. */
export function VariantPicker(p: PickerProps) {
  const { t } = useTranslation()
  return (
    <SearchPicker<Variant>
      {...p}
      useResults={useVariants}
      optionKey={(v) => v.id}
      labelOf={(v) => [v.sku, v.product?.title ?? v.title].filter(Boolean).join(" · ")}
      renderOption={(v) => (
        <>
          <Text size="small" weight="plus">
            {v.sku ?? "—"}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {[v.product?.title, v.title].filter(Boolean).join(" · ")}
          </Text>
        </>
      )}
      placeholder={t("ordo.channels.queue.variantPlaceholder")}
      testId="variant-option"
    />
  )
}

type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
}
const customerName = (c: Customer) => [c.first_name, c.last_name].filter(Boolean).join(" ")

function useCustomers(q: string) {
  const r = useCustomerSearch(q)
  return { options: r.data?.customers ?? [], searching: r.isFetching }
}

/** One of our customers, by name or e-mail. */
export function CustomerPicker(p: PickerProps) {
  const { t } = useTranslation()
  return (
    <SearchPicker<Customer>
      {...p}
      useResults={useCustomers}
      optionKey={(c) => c.id}
      labelOf={(c) => [customerName(c), c.email].filter(Boolean).join(" · ")}
      renderOption={(c) => (
        <>
          <Text size="small" weight="plus">
            {customerName(c) || c.email}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {[c.email, c.company_name].filter(Boolean).join(" · ")}
          </Text>
        </>
      )}
      placeholder={t("ordo.channels.queue.customerPlaceholder")}
      testId="customer-option"
    />
  )
}
