import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { PaymentStateBadge, ShippingStateBadge } from "../components/shipping/badges"
import { BuyLabelForm, TrackingNumberForm } from "../components/shipping/forms"
import { ShipmentRow } from "../components/shipping/shipment-row"
import { useOrderShipments } from "../hooks/shipping"

/**
 * On Medusa's order page: where the order's parcels are (ADR 021) — its shipping and payment states,
 * each shipment with its tracking, and, while items are left to ship, "Buy label" (Shippo) and
 * "Add tracking number" (a carrier Shippo does not sell). The API says who may ship: a 403 shows its message.
 */
const OrderShippingWidget = ({ data }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data: s, error, isLoading } = useOrderShipments(data.id)
  const [mode, setMode] = useState<"buy" | "manual" | null>(null)
  const left = (s?.unshipped ?? []).filter((i) => i.quantity > 0)
  const nothingLeft = !!s && left.length === 0
  // Everything shipped (here or elsewhere): no form stays open.
  useEffect(() => {
    if (nothingLeft) setMode(null)
  }, [nothingLeft])

  const header = (
    <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <Heading level="h2">{t("ordo.shipping.title")}</Heading>
      {s ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="flex items-center gap-x-1">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("ordo.shipping.shippingState")}
            </Text>
            <ShippingStateBadge state={s.shipping_state} testId="shipping-state" />
          </span>
          <span className="flex items-center gap-x-1">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("ordo.shipping.paymentState")}
            </Text>
            <PaymentStateBadge state={s.payment_state} testId="payment-state" />
          </span>
        </div>
      ) : null}
    </div>
  )

  if (!s)
    return (
      <Container className="divide-y p-0" data-testid="shipping-widget">
        {header}
        <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {error ? error.message : isLoading ? t("ordo.shipping.loading") : null}
        </Text>
      </Container>
    )

  return (
    <Container className="divide-y p-0" data-testid="shipping-widget" data-shipping-state={s.shipping_state}>
      {header}
      {s.shipments.length ? (
        <ul className="divide-y" data-testid="shipments">
          {s.shipments.map((x) => (
            <ShipmentRow key={x.id} shipment={x} />
          ))}
        </ul>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="no-shipments">
          {t("ordo.shipping.noShipments")}
        </Text>
      )}
      {nothingLeft ? (
        s.shipments.length ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="all-shipped">
            {t("ordo.shipping.allShipped")}
          </Text>
        ) : null
      ) : mode === "buy" ? (
        <BuyLabelForm
          key={`buy-${s.shipments.length}`}
          orderId={data.id}
          unshipped={left}
          onDone={() => setMode(null)}
          onCancel={() => setMode(null)}
        />
      ) : mode === "manual" ? (
        <TrackingNumberForm
          key={`manual-${s.shipments.length}`}
          orderId={data.id}
          unshipped={left}
          carriers={s.carriers ?? []}
          onDone={() => setMode(null)}
          onCancel={() => setMode(null)}
        />
      ) : (
        <div className="flex flex-wrap justify-end gap-2 px-6 py-4">
          {s.shippo_enabled ? (
            <Button size="small" variant="secondary" onClick={() => setMode("buy")} data-testid="buy-label">
              {t("ordo.shipping.buy.open")}
            </Button>
          ) : null}
          <Button size="small" variant="secondary" onClick={() => setMode("manual")} data-testid="add-tracking">
            {t("ordo.shipping.manual.open")}
          </Button>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default OrderShippingWidget
