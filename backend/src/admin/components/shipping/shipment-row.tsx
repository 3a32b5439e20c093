import { Badge, Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { ShipmentView } from "../../hooks/shipping"
import { dateTime, day } from "../../lib/format"
import { ShipmentStatusBadge } from "./badges"
import { carrierLabel, isChinese, newestFirst } from "./logic"

/** Events shown before "Show all". */
const SHOWN_EVENTS = 3

/** One parcel: carrier, tracking number (linked to the carrier's page), label, status, ETA and its history. */
export function ShipmentRow({ shipment: s }: { shipment: ShipmentView }) {
  const { t, i18n } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const carrier = carrierLabel(t, isChinese(i18n.resolvedLanguage ?? i18n.language), s.carrier, s.carrier_name)
  const events = newestFirst(s.events ?? [])
  const shown = expanded ? events : events.slice(0, SHOWN_EVENTS)
  return (
    <li
      className="flex flex-col gap-y-2 px-6 py-4"
      data-testid="shipment-row"
      data-id={s.id}
      data-tracking-number={s.tracking_number}
      data-status={s.status}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus" data-testid="shipment-carrier">
            {carrier}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.shipping.shipment.trackingNumber")}{" "}
            <span data-testid="shipment-tracking-number">{s.tracking_number}</span>
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall">{t(`ordo.shipping.shipment.source.${s.source}`, { defaultValue: s.source })}</Badge>
          <ShipmentStatusBadge status={s.status} testId="shipment-status" />
        </div>
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("ordo.shipping.shipment.shippedAt", { date: dateTime(s.shipped_at) })}
        </Text>
        {s.delivered_at ? (
          <Text size="xsmall" className="text-ui-fg-subtle" data-testid="shipment-delivered">
            {t("ordo.shipping.shipment.deliveredAt", { date: dateTime(s.delivered_at) })}
          </Text>
        ) : s.eta ? (
          <Text size="xsmall" className="text-ui-fg-subtle" data-testid="shipment-eta">
            {t("ordo.shipping.shipment.eta", { date: day(s.eta) })}
          </Text>
        ) : null}
        {s.tracking_url ? (
          <a
            href={s.tracking_url}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive text-xs"
            data-testid="shipment-track"
          >
            {t("ordo.shipping.shipment.track")}
          </a>
        ) : null}
        {s.label_url ? (
          <a
            href={s.label_url}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive text-xs"
            data-testid="shipment-label"
          >
            {t("ordo.shipping.shipment.label")}
          </a>
        ) : null}
      </div>
      {s.status_details ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {s.status_details}
        </Text>
      ) : null}
      {events.length ? (
        <ol className="flex flex-col gap-y-1 border-l pl-3" data-testid="shipment-events">
          {shown.map((e) => (
            <li
              key={`${e.occurred_at}|${e.status}|${e.details ?? ""}|${e.location ?? ""}`}
              data-testid="shipment-event"
              data-status={e.status}
            >
              <Text size="xsmall">
                <span className="text-ui-fg-subtle">{dateTime(e.occurred_at)}</span>
                {" · "}
                {t(`ordo.shipping.status.${e.status}`, { defaultValue: e.status })}
                {e.details ? ` · ${e.details}` : ""}
                {e.location ? ` · ${e.location}` : ""}
              </Text>
            </li>
          ))}
        </ol>
      ) : (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("ordo.shipping.shipment.noEvents")}
        </Text>
      )}
      {events.length > SHOWN_EVENTS ? (
        <div>
          <Button
            size="small"
            variant="transparent"
            type="button"
            onClick={() => setExpanded((x) => !x)}
            data-testid="shipment-events-toggle"
          >
            {expanded
              ? t("ordo.shipping.shipment.showFewer")
              : t("ordo.shipping.shipment.showAll", { count: events.length })}
          </Button>
        </div>
      ) : null}
    </li>
  )
}
