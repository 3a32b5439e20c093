import { Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { DataTable } from "../../../components/ui/data-table"
import {
  type ChannelConnection,
  useChannelListings,
  useChannelPushes,
  useReconcileStock,
  useRefreshListings,
} from "../../../hooks/channels"
import { dateTime } from "../../../lib/format"

const Stat = ({
  label,
  value,
  testId,
  alert,
}: {
  label: string
  value: ReactNode
  testId: string
  alert?: boolean
}) => (
  <div className="flex flex-col" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className={alert ? "text-ui-fg-error" : undefined}>
      {value}
    </Text>
  </div>
)

/** What a stock setting the marketplace needs is missing, if any (pushes cannot go out without it). */
function missingSetting(channel: ChannelConnection) {
  if (channel.type === "shopify" && !channel.config?.location_id) return "location_id"
  if (channel.type === "amazon" && !channel.config?.seller_id) return "seller_id"
  return null
}

/**
 * "Stock out" for a Shopify or Amazon connection: how stock pushes are going, the listings
 * stock is pushed to, the last pushes, and the two things staff can do — re-learn the listings
 * and push, or compare with the marketplace and push what drifted.
 */
export function StockPanel({ channel }: { channel: ChannelConnection }) {
  const { t } = useTranslation()
  const listings = useChannelListings(channel.id)
  const pushes = useChannelPushes(channel.id)
  const refresh = useRefreshListings(channel.id)
  const reconcile = useReconcileStock(channel.id)
  const h = channel.health
  const rows = listings.data?.listings ?? []
  const skuOf = new Map(rows.map((l) => [l.id, l.external_sku]))
  const log = pushes.data?.pushes ?? []
  const missing = missingSetting(channel)

  const onRefresh = () =>
    refresh.mutate(undefined, {
      onSuccess: ({ listings: r }) => toast.success(t("ordo.channels.stock.refreshed", r)),
      onError: (e) => toast.error(t("ordo.channels.stock.failed"), { description: e.message }),
    })
  const onReconcile = () =>
    reconcile.mutate(undefined, {
      onSuccess: ({ reconcile: r }) =>
        r.failed
          ? toast.warning(t("ordo.channels.stock.reconciled", r))
          : toast.success(t("ordo.channels.stock.reconciled", r)),
      onError: (e) => toast.error(t("ordo.channels.stock.failed"), { description: e.message }),
    })

  return (
    <Container className="divide-y p-0" data-testid="stock-panel">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {/* On a phone the buttons go under the intro rather than squeezing it. */}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 flex-1">
            <Heading level="h2">{t("ordo.channels.stock.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("ordo.channels.stock.intro")}
            </Text>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              size="small"
              variant="secondary"
              onClick={onRefresh}
              isLoading={refresh.isPending}
              data-testid="stock-refresh"
            >
              {t("ordo.channels.stock.refresh")}
            </Button>
            <Button
              size="small"
              variant="secondary"
              onClick={onReconcile}
              isLoading={reconcile.isPending}
              data-testid="stock-reconcile"
            >
              {t("ordo.channels.stock.reconcile")}
            </Button>
          </div>
        </div>
        {missing ? (
          <Text size="small" className="text-ui-fg-error" data-testid="stock-missing">
            {t(`ordo.channels.stock.missing.${missing}`)}
          </Text>
        ) : null}
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Stat label={t("ordo.channels.stock.pushesToday")} value={h.pushes_today ?? 0} testId="stock-today" />
          <Stat label={t("ordo.channels.stock.backlog")} value={h.push_backlog ?? 0} testId="stock-backlog" />
          <Stat
            label={t("ordo.channels.stock.failing")}
            value={h.push_failing ?? 0}
            testId="stock-failing"
            alert={!!h.push_failing}
          />
          <Stat label={t("ordo.channels.stock.lastPush")} value={dateTime(h.last_push_at)} testId="stock-last" />
        </div>
      </div>
      <div className="flex flex-col gap-y-2 pt-4">
        <Heading level="h3" className="px-6">
          {t("ordo.channels.stock.listings.title", { count: rows.length })}
        </Heading>
        {listings.error ? <Text className="px-6 text-ui-fg-error">{listings.error.message}</Text> : null}
        {/* A phone gets one line per listing; the table needs a desktop's width. */}
        <div className="flex flex-col divide-y border-t md:hidden">
          {rows.map((l) => (
            <div key={l.id} className="flex flex-col px-6 py-2" data-testid="stock-listing-card">
              <Text size="small" weight="plus" className="break-all">
                {l.external_sku}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("ordo.channels.stock.listings.sentAt", {
                  quantity: l.last_sent ?? "—",
                  when: dateTime(l.last_sent_at),
                })}
              </Text>
              {l.last_error ? (
                <Text size="xsmall" className="break-words text-ui-fg-error">
                  {dateTime(l.last_error_at)} · {l.last_error}
                </Text>
              ) : null}
            </div>
          ))}
          {!rows.length ? (
            <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
              {listings.isLoading ? t("ordo.channels.loading") : t("ordo.channels.stock.listings.empty")}
            </Text>
          ) : null}
        </div>
        <div className="hidden max-h-96 overflow-auto md:block">
          <DataTable
            rows={rows}
            rowKey={(l) => l.id}
            rowProps={(l) => ({ "data-testid": "stock-listing", "data-id": l.id })}
            empty={listings.isLoading ? t("ordo.channels.loading") : t("ordo.channels.stock.listings.empty")}
            columns={[
              {
                key: "sku",
                header: t("ordo.channels.stock.listings.sku"),
                cell: (l) => (
                  <div className="flex flex-col py-1">
                    <Text size="small" className="break-all">
                      {l.external_sku}
                    </Text>
                    {l.external_id !== l.external_sku ? (
                      <Text size="xsmall" className="break-all text-ui-fg-subtle">
                        {l.external_id}
                      </Text>
                    ) : null}
                  </div>
                ),
              },
              {
                key: "sent",
                header: t("ordo.channels.stock.listings.lastSent"),
                align: "right",
                cell: (l) => l.last_sent ?? "—",
              },
              {
                key: "when",
                header: t("ordo.channels.stock.listings.when"),
                className: "whitespace-nowrap",
                cell: (l) => dateTime(l.last_sent_at),
              },
              {
                key: "error",
                header: t("ordo.channels.stock.listings.error"),
                cell: (l) =>
                  l.last_error ? (
                    <div className="flex max-w-[320px] flex-col">
                      <Text size="xsmall" className="break-words text-ui-fg-error">
                        {l.last_error}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {dateTime(l.last_error_at)}
                      </Text>
                    </div>
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        </div>
      </div>
      <div className="flex flex-col gap-y-2 pt-4">
        <Heading level="h3" className="px-6">
          {t("ordo.channels.stock.pushes.title")}
        </Heading>
        {pushes.error ? <Text className="px-6 text-ui-fg-error">{pushes.error.message}</Text> : null}
        <div className="flex flex-col divide-y border-t md:hidden">
          {log.map((p, i) => (
            <div
              key={p.id ?? `${p.idempotency_key}-${i}`}
              className="flex flex-col px-6 py-2"
              data-testid="stock-push-card"
            >
              <div className="flex items-start justify-between gap-x-2">
                <Text size="small" weight="plus" className="min-w-0 break-all">
                  {skuOf.get(p.listing_id) ?? p.listing_id}
                </Text>
                <StatusBadge color={p.status === "sent" ? "green" : "red"} className="shrink-0 whitespace-nowrap">
                  {t(`ordo.channels.stock.pushStatus.${p.status}`, { defaultValue: p.status })}
                </StatusBadge>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[
                  dateTime(p.created_at),
                  `${t("ordo.channels.stock.pushes.quantity")} ${p.quantity}`,
                  p.latency_ms == null ? null : t("ordo.channels.stock.pushes.ms", { ms: p.latency_ms }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
              {p.error ? (
                <Text size="xsmall" className="break-words text-ui-fg-error">
                  {p.error}
                </Text>
              ) : null}
            </div>
          ))}
          {!log.length ? (
            <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
              {pushes.isLoading ? t("ordo.channels.loading") : t("ordo.channels.stock.pushes.empty")}
            </Text>
          ) : null}
        </div>
        <div className="hidden overflow-x-auto md:block">
          <DataTable
            rows={log}
            rowKey={(p, i) => p.id ?? `${p.idempotency_key}-${i}`}
            rowProps={() => ({ "data-testid": "stock-push" })}
            empty={pushes.isLoading ? t("ordo.channels.loading") : t("ordo.channels.stock.pushes.empty")}
            columns={[
              {
                key: "time",
                header: t("ordo.channels.stock.pushes.time"),
                className: "whitespace-nowrap",
                cell: (p) => dateTime(p.created_at),
              },
              {
                key: "sku",
                header: t("ordo.channels.stock.pushes.listing"),
                cell: (p) => <span className="break-all">{skuOf.get(p.listing_id) ?? p.listing_id}</span>,
              },
              {
                key: "quantity",
                header: t("ordo.channels.stock.pushes.quantity"),
                align: "right",
                cell: (p) => p.quantity,
              },
              {
                key: "status",
                header: t("ordo.channels.stock.pushes.status"),
                cell: (p) => (
                  <div className="flex flex-col gap-y-0.5">
                    <StatusBadge color={p.status === "sent" ? "green" : "red"} className="w-fit whitespace-nowrap">
                      {t(`ordo.channels.stock.pushStatus.${p.status}`, { defaultValue: p.status })}
                    </StatusBadge>
                    {p.error ? (
                      <Text size="xsmall" className="max-w-[280px] truncate text-ui-fg-error" title={p.error}>
                        {p.error}
                      </Text>
                    ) : null}
                  </div>
                ),
              },
              {
                key: "latency",
                header: t("ordo.channels.stock.pushes.latency"),
                align: "right",
                className: "whitespace-nowrap",
                cell: (p) => (p.latency_ms == null ? "—" : t("ordo.channels.stock.pushes.ms", { ms: p.latency_ms })),
              },
            ]}
          />
        </div>
      </div>
    </Container>
  )
}
