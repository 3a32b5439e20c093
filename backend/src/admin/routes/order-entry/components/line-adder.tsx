import { Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Combobox } from "../../../components/ui/combobox"
import { FormField } from "../../../components/ui/form-field"
import { useProductName } from "../../../components/ui/product-name"
import { money } from "../../../lib/format"
import type { OrderEntry } from "../use-order-entry"

/** "Add line": SKU, name or size words → Enter → quantity → Enter; a paste of several lines is read at once. */
export function LineAdder({ entry }: { entry: OrderEntry }) {
  const { t } = useTranslation()
  const name = useProductName()
  const { adder, currency, state } = entry
  return (
    <div className="flex flex-wrap items-start gap-2 px-6 py-4">
      <Combobox
        id="entry-add"
        label={t("ordo.entry.add.label")}
        labelSize="small"
        className="min-w-[280px] flex-1"
        inputRef={entry.refs.addRef}
        placeholder={t("ordo.entry.add.placeholder")}
        value={state.addQ}
        onValueChange={adder.onChange}
        onPaste={(e) => entry.paste.onPasteLines(e)}
        options={adder.suggestions}
        optionKey={(p) => p.variant_id}
        onPick={adder.onPick}
        onEnter={adder.onEnter}
        onDismiss={adder.onDismiss}
        listId="entry-suggestions"
        listLabel={t("ordo.entry.add.suggestions")}
        listClassName="max-h-[min(24rem,60vh)] overflow-auto"
        optionId="entry-sug"
        optionClassName="py-1"
        optionTestId="product-suggestion"
        footer={
          adder.total > adder.suggestions.length
            ? t("ordo.entry.add.more", { shown: adder.suggestions.length, total: adder.total })
            : null
        }
        renderOption={(p) => (
          <>
            <Text size="small">
              <b>{p.sku}</b> {name(p)}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {money(p.unit_price, currency)}
              {p.list_price && p.list_price !== p.unit_price
                ? ` ${t("ordo.entry.add.list", { price: money(p.list_price, currency) })}`
                : ""}{" "}
              ·{" "}
              {p.available_total == null
                ? t("ordo.entry.add.untracked")
                : t("ordo.entry.add.available", { count: p.available_total })}
              {p.last_paid
                ? ` · ${t("ordo.entry.add.lastPaid", {
                    price: money(p.last_paid.unit_price, p.last_paid.currency_code ?? currency),
                  })}`
                : ""}
            </Text>
          </>
        )}
      />
      <FormField id="entry-qty" label={t("ordo.entry.add.quantity")} labelSize="small" className="w-28">
        <Input
          id="entry-qty"
          ref={entry.refs.qtyRef}
          inputMode="numeric"
          autoComplete="off"
          placeholder={state.pending?.usual_quantity ? String(state.pending.usual_quantity) : ""}
          value={state.qty}
          onChange={(e) => entry.dispatch({ type: "qty", qty: e.target.value })}
          onKeyDown={adder.onQtyKey}
        />
      </FormField>
      {adder.hint ? (
        <Text size="xsmall" className="w-full text-ui-fg-subtle" data-testid="add-hint">
          {adder.hint}
        </Text>
      ) : null}
    </div>
  )
}
