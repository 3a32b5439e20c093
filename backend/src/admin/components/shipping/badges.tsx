import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { PaymentState, ShipmentStatus, ShippingState } from "../../hooks/shipping"
import { PAYMENT_STATE_COLOUR, SHIPPING_STATE_COLOUR, STATUS_COLOUR } from "./logic"

/** Not shipped … delivered, from the order's items shipped and its parcels' tracking. */
export function ShippingStateBadge({ state, testId }: { state: ShippingState | string; testId?: string }) {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={SHIPPING_STATE_COLOUR[state as ShippingState] ?? "grey"}
      className="whitespace-nowrap"
      data-testid={testId}
      data-state={state}
    >
      {t(`ordo.shipping.states.${state}`, { defaultValue: String(state).replaceAll("_", " ") })}
    </StatusBadge>
  )
}

/** Not invoiced … overdue, from Ordo's invoices (not Medusa's payment collection). */
export function PaymentStateBadge({ state, testId }: { state: PaymentState | string; testId?: string }) {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={PAYMENT_STATE_COLOUR[state as PaymentState] ?? "grey"}
      className="whitespace-nowrap"
      data-testid={testId}
      data-state={state}
    >
      {t(`ordo.shipping.payment.${state}`, { defaultValue: String(state).replaceAll("_", " ") })}
    </StatusBadge>
  )
}

/** A parcel's normalised tracking status. */
export function ShipmentStatusBadge({ status, testId }: { status: ShipmentStatus | string; testId?: string }) {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={STATUS_COLOUR[status as ShipmentStatus] ?? "grey"}
      className="whitespace-nowrap"
      data-testid={testId}
      data-status={status}
    >
      {t(`ordo.shipping.status.${status}`, { defaultValue: String(status) })}
    </StatusBadge>
  )
}
