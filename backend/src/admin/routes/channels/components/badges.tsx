import { Badge, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Active (green) or paused (orange): a paused connection keeps what arrives and places nothing. */
export function ConnectionStatus({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={status === "enabled" ? "green" : "orange"} className="whitespace-nowrap">
      {t(`ordo.channels.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}

export function ConnectionType({ type }: { type: string }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" className="whitespace-nowrap">
      {t(`ordo.channels.types.${type}`, { defaultValue: type })}
    </Badge>
  )
}
