import { Link } from "react-router"
import { useTranslation } from "../i18n/use-translation"
import { formatLocation, formatWhen, knownStatus, newestFirst, safeHttpUrl } from "../lib/tracking"
import type { PaymentState, PublicShipment, ShippingState } from "../lib/types"

/** The order's shipping state (ADR 021) as a badge; unknown values are shown as sent. */
export function ShippingStateBadge({ state, testId }: { state: ShippingState | string; testId?: string }) {
  const { tr } = useTranslation()
  return (
    <span className={`state state-${state}`} data-testid={testId} data-state={state}>
      {tr(`shippingState.${state}`, state)}
    </span>
  )
}

/** The order's payment state from Ordo's invoices (ADR 021) as a badge. */
export function PaymentStateBadge({ state, testId }: { state: PaymentState | string; testId?: string }) {
  const { tr } = useTranslation()
  return (
    <span className={`state state-${state}`} data-testid={testId} data-state={state}>
      {tr(`paymentState.${state}`, state)}
    </span>
  )
}

/**
 * The tracking timeline of each shipment: carrier, number (linked to the carrier's page when
 * there is one), current status, ETA, and the carrier's events newest first. Used by the
 * buyer's order page and the public /track page, so both read the same way.
 */
export function ShipmentList({
  shipments,
  shareLinks = false,
}: {
  shipments: readonly PublicShipment[]
  /** Offer each shipment's public /track?number=… link (the buyer's own order page). */
  shareLinks?: boolean
}) {
  const { t } = useTranslation()
  return (
    <section className="shipments" aria-labelledby="shipments-heading" data-testid="shipments">
      <h2 id="shipments-heading">{t("shipments.heading")}</h2>
      {shipments.length === 0 ? (
        <p className="muted" data-testid="shipments-none">
          {t("shipments.none")}
        </p>
      ) : (
        <ul className="shipment-list">
          {withKeys(shipments, (s) => `${s.carrier}:${s.tracking_number}`).map(([key, shipment]) => (
            <ShipmentCard key={key} shipment={shipment} shareLink={shareLinks} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ShipmentCard({ shipment, shareLink }: { shipment: PublicShipment; shareLink: boolean }) {
  const { t, lang } = useTranslation()
  const status = knownStatus(shipment.status)
  const href = safeHttpUrl(shipment.tracking_url)
  const events = newestFirst(shipment.events)
  const carrier = (lang === "zh-CN" ? shipment.carrier_name_zh : undefined) || shipment.carrier_name || shipment.carrier
  return (
    <li
      className="shipment"
      data-testid="shipment"
      data-status={status}
      data-carrier={shipment.carrier}
      data-tracking-number={shipment.tracking_number}
    >
      <div className="shipment-head">
        <div className="shipment-id">
          <strong data-testid="shipment-carrier">{carrier}</strong>
          <span className="sr-only">{t("shipment.trackingNumber")}</span>
          {href ? (
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              className="mono shipment-number"
              data-testid="shipment-tracking-number"
            >
              {shipment.tracking_number}
              <span className="sr-only"> {t("shipment.opensCarrier")}</span>
            </a>
          ) : (
            <span className="mono shipment-number" data-testid="shipment-tracking-number">
              {shipment.tracking_number}
            </span>
          )}
        </div>
        <span className={`tracking-status tracking-${status}`} data-testid="shipment-status" data-status={status}>
          {t(`trackingStatus.${status}`)}
        </span>
      </div>
      {shipment.status_details ? (
        <p className="shipment-details" data-testid="shipment-status-details">
          {shipment.status_details}
        </p>
      ) : null}
      <dl className="shipment-facts">
        <div>
          <dt>{t("shipment.shippedAt")}</dt>
          <dd>
            <Time lang={lang} iso={shipment.shipped_at} />
          </dd>
        </div>
        {shipment.delivered_at ? (
          <div>
            <dt>{t("shipment.deliveredAt")}</dt>
            <dd data-testid="shipment-delivered">
              <Time lang={lang} iso={shipment.delivered_at} />
            </dd>
          </div>
        ) : shipment.eta ? (
          <div>
            <dt>{t("shipment.eta")}</dt>
            <dd data-testid="shipment-eta">
              <Time lang={lang} iso={shipment.eta} withTime={false} />
            </dd>
          </div>
        ) : null}
      </dl>
      <h3 className="shipment-history-heading">{t("shipment.history")}</h3>
      {events.length === 0 ? (
        <p className="muted" data-testid="tracking-none">
          {t("shipment.noEvents")}
        </p>
      ) : (
        <ol className="timeline">
          {withKeys(events, (e) => `${e.occurred_at}:${e.status}`).map(([key, event]) => {
            const eventStatus = knownStatus(event.status)
            const where = formatLocation(event.location)
            return (
              <li
                key={key}
                className={`timeline-event tracking-${eventStatus}`}
                data-testid="tracking-event"
                data-status={eventStatus}
              >
                <Time lang={lang} iso={event.occurred_at} className="timeline-time" />
                <div className="timeline-body">
                  <strong>{t(`trackingStatus.${eventStatus}`)}</strong>
                  {event.details ? <span className="timeline-details">{event.details}</span> : null}
                  {where ? (
                    <span className="muted timeline-location" data-testid="tracking-event-location">
                      {where}
                    </span>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ol>
      )}
      {shareLink ? (
        <p className="shipment-share">
          <Link
            to={`/track?${new URLSearchParams({ number: shipment.tracking_number })}`}
            data-testid="shipment-share-link"
          >
            {t("shipment.shareLink")}
          </Link>
        </p>
      ) : null}
    </li>
  )
}

/** Stable React keys from the items' own fields; a repeat gets a counter (two events in one instant). */
function withKeys<T>(items: readonly T[], base: (item: T) => string): Array<[string, T]> {
  const seen = new Map<string, number>()
  return items.map((item) => {
    const b = base(item)
    const n = seen.get(b) ?? 0
    seen.set(b, n + 1)
    return [n === 0 ? b : `${b}#${n}`, item]
  })
}

/**
 * A date in the reader's locale. The server renders in its own time zone and the browser may
 * be in another, so the text is allowed to differ on hydration.
 */
function Time({
  lang,
  iso,
  withTime = true,
  className,
}: {
  lang: string
  iso: string | null
  withTime?: boolean
  className?: string
}) {
  if (!iso) return <>—</>
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {formatWhen(lang, iso, withTime)}
    </time>
  )
}
