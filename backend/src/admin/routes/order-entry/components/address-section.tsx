import { useTranslation } from "react-i18next"
import { ADDRESS_FIELDS } from "../../../../domain/address"
import { TextField } from "../../../components/ui/form-field"
import type { AddressForm } from "../state"

/** A shipping address typed for this order (checked as a new address), field by field as orders store it. */
export function AddressSection({
  value,
  onChange,
}: {
  value: AddressForm
  onChange: (patch: Partial<AddressForm>) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="grid grid-cols-2 gap-2 md:col-span-2">
      <legend className="text-ui-fg-subtle text-xs">{t("ordo.entry.address.legend")}</legend>
      {ADDRESS_FIELDS.map((k) => (
        <TextField
          key={k}
          id={`entry-ship-${k}`}
          label={t(`ordo.entry.address.${k}`)}
          aria-label={t("ordo.entry.address.shipTo", { field: t(`ordo.entry.address.${k}`) })}
          value={value[k]}
          onChange={(e) => onChange({ [k]: e.target.value })}
        />
      ))}
    </fieldset>
  )
}
