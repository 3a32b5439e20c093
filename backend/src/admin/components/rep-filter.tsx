import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSalesReps } from "../hooks/companies"
import { FormField } from "./ui/form-field"
import { NativeSelect } from "./ui/native-select"

/**
 * "Customers of": all, mine, one rep or nobody's (`rep` = "", "me", a user id or "none"). A sales
 * rep who is held to their own customers sees a note instead of a choice.
 */
export function RepFilter({ id, value, onChange }: { id: string; value: string; onChange: (rep: string) => void }) {
  const { t } = useTranslation()
  const reps = useSalesReps().data
  if (reps?.held)
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid={`${id}-held`}>
        {t("ordo.reps.onlyYours")}
      </Text>
    )
  return (
    <FormField id={id} label={t("ordo.reps.filter")}>
      <NativeSelect
        id={id}
        value={value}
        empty={t("ordo.reps.all")}
        onChange={onChange}
        options={[
          ["me", t("ordo.reps.mine")] as const,
          ...(reps?.sales_reps ?? []).filter((r) => r.user_id !== reps?.me).map((r) => [r.user_id, r.name] as const),
          ["none", t("ordo.reps.nobody")] as const,
        ]}
      />
    </FormField>
  )
}
