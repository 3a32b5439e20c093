import { useTranslation } from "react-i18next"
import { FormField } from "../../../components/ui/form-field"
import { NativeSelect } from "../../../components/ui/native-select"
import type { StockLocation } from "../../../hooks/stock"

export function LocationSelect(p: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  locations: StockLocation[]
}) {
  const { t } = useTranslation()
  return (
    <FormField id={p.id} label={p.label}>
      <NativeSelect
        id={p.id}
        value={p.value}
        onChange={p.onChange}
        empty={t("ordo.stock.fields.choose")}
        options={p.locations.map((l) => [l.id, l.name] as const)}
      />
    </FormField>
  )
}
