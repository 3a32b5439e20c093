import { Input, Text } from "@medusajs/ui"
import { Combobox } from "../../../components/ui/combobox"
import { FormField } from "../../../components/ui/form-field"
import { money } from "../../../lib/format"
import type { OrderEntry } from "../use-order-entry"

/** "Add line": SKU or name → Enter → quantity → Enter; a paste of several lines is read at once. */
export function LineAdder({ entry }: { entry: OrderEntry }) {
  const { adder, currency, state } = entry
  return (
    <div className="flex flex-wrap items-start gap-2 px-6 py-4">
      <Combobox
        id="entry-add"
        label="Add line"
        labelSize="small"
        className="min-w-[280px] flex-1"
        inputRef={entry.refs.addRef}
        placeholder="SKU or product name"
        value={state.addQ}
        onValueChange={adder.onChange}
        onPaste={(e) => entry.paste.onPasteLines(e)}
        options={adder.suggestions}
        optionKey={(p) => p.variant_id}
        onPick={adder.onPick}
        onEnter={adder.onEnter}
        onDismiss={adder.onDismiss}
        listId="entry-suggestions"
        listLabel="Product suggestions"
        listClassName="max-h-80 overflow-auto"
        optionId="entry-sug"
        optionClassName="py-1"
        optionTestId="product-suggestion"
        renderOption={(p) => (
          <>
            <Text size="small">
              <b>{p.sku}</b> {p.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {money(p.unit_price, currency)}
              {p.list_price && p.list_price !== p.unit_price ? ` (list ${money(p.list_price, currency)})` : ""} ·{" "}
              {p.available_total ?? "untracked"} available
              {p.last_paid ? ` · last paid ${money(p.last_paid.unit_price, currency)}` : ""}
            </Text>
          </>
        )}
      />
      <FormField id="entry-qty" label="Quantity" labelSize="small" className="w-28">
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
