import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { UnshippedItem } from "../../hooks/shipping"
import type { Selection } from "./logic"

/** The items a shipment takes: all of what is left by default; staff untick items or lower quantities. */
export function ItemsPicker(p: {
  idPrefix: string
  unshipped: UnshippedItem[]
  selection: Selection
  onChange: (next: Selection) => void
  /** The item whose quantity is wrong, with the message. */
  itemError?: { id: string; message: string }
  /** A problem of the items as a whole (none ticked, or the server's). */
  error?: string
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const set = (item: UnshippedItem, patch: Partial<Selection[string]>) =>
    p.onChange({
      ...p.selection,
      [item.id]: { ...(p.selection[item.id] ?? { checked: true, quantity: String(item.quantity) }), ...patch },
    })
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="ship-items">
      <legend className="mb-1">
        <Text size="small" weight="plus">
          {t("ordo.shipping.items.title")}
        </Text>
      </legend>
      <ul className="flex flex-col gap-y-1">
        {p.unshipped.map((item) => {
          const s = p.selection[item.id] ?? { checked: true, quantity: String(item.quantity) }
          const boxId = `${p.idPrefix}-item-${item.id}`
          const wrong = p.itemError?.id === item.id ? p.itemError.message : undefined
          return (
            <li key={item.id} className="flex flex-col" data-testid="ship-item" data-id={item.id} data-sku={item.sku}>
              <div className="flex items-center gap-x-2">
                <Checkbox
                  id={boxId}
                  checked={s.checked}
                  disabled={p.disabled}
                  onCheckedChange={(v) => set(item, { checked: v === true })}
                />
                <Label htmlFor={boxId} size="small" className="flex-1">
                  {item.title}
                  {item.sku ? (
                    <span className="text-ui-fg-subtle"> · {t("ordo.shipping.items.sku", { sku: item.sku })}</span>
                  ) : null}
                </Label>
                <Input
                  size="small"
                  type="number"
                  min={1}
                  max={item.quantity}
                  step={1}
                  className="w-20"
                  aria-label={t("ordo.shipping.items.quantity", { title: item.title })}
                  aria-invalid={wrong ? true : undefined}
                  value={s.quantity}
                  disabled={p.disabled || !s.checked}
                  onChange={(e) => set(item, { quantity: e.target.value })}
                  data-testid="ship-item-quantity"
                />
                <Text size="xsmall" className="whitespace-nowrap text-ui-fg-subtle">
                  {t("ordo.shipping.items.left", { count: item.quantity })}
                </Text>
              </div>
              {wrong ? (
                <Text size="xsmall" className="text-ui-fg-error">
                  {wrong}
                </Text>
              ) : null}
            </li>
          )
        })}
      </ul>
      {p.error ? (
        <Text size="xsmall" className="text-ui-fg-error" data-testid="ship-items-error">
          {p.error}
        </Text>
      ) : null}
    </fieldset>
  )
}
