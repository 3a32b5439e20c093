import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Combobox } from "../../../components/ui/combobox"
import type { OrderEntry } from "../use-order-entry"

/** The customer box: company, alias, tax id, buyer, phone or e-mail, typo-tolerant; ↓ Enter picks. */
export function CustomerPicker({ entry }: { entry: OrderEntry }) {
  const { t } = useTranslation()
  const { customer } = entry
  return (
    <Combobox
      id="entry-customer"
      label={t("ordo.entry.customer.label")}
      labelWeight="plus"
      inputRef={entry.refs.customerRef}
      placeholder={t("ordo.entry.customer.placeholder")}
      value={entry.state.customerQ}
      onValueChange={customer.onChange}
      options={customer.matches}
      optionKey={(m) => `${m.company_id}-${m.buyer?.customer_id ?? ""}-${m.matched_on}`}
      onPick={customer.onPick}
      onEnter={customer.onEnter}
      onDismiss={customer.onDismiss}
      listId="entry-customer-matches"
      listLabel={t("ordo.entry.customer.matches")}
      optionId="entry-match"
      optionTestId="customer-match"
      hint={customer.hint}
      renderOption={(m) => (
        <>
          <Text size="small" weight="plus">
            {m.legal_name}{" "}
            <span className="text-ui-fg-muted">
              {m.currency_code?.toUpperCase()}
              {m.tax_id ? ` · ${m.tax_id}` : ""}
            </span>
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(`ordo.entry.customer.matchedOn.${m.matched_on}`, { defaultValue: m.matched_on })}: {m.matched_text}
            {m.buyer ? ` · ${t("ordo.entry.customer.buyer", { name: m.buyer.name })}` : ""}
          </Text>
        </>
      )}
    />
  )
}
