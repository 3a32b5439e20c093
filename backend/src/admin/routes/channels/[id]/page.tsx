import { Button, Container, Copy, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import {
  type ChannelConnection,
  type SyncResult,
  useChannel,
  useChannelExceptions,
  useStockLocations,
  useSyncChannel,
  useUpdateChannel,
} from "../../../hooks/channels"
import { dateTime } from "../../../lib/format"
import { backendOrigin } from "../../../lib/sdk"
import { ConnectionStatus, ConnectionType } from "../components/badges"
import { ExceptionCard } from "../components/exception-card"
import { ImportPanel } from "../components/import-panel"
import { StockPanel } from "../components/stock-panel"

/** One figure of the health panel. */
const Stat = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <div className="flex flex-col" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className="break-words">
      {value}
    </Text>
  </div>
)

/** How the connection is doing today: orders in, when it last heard, the last error (stock out has its own panel). */
function HealthPanel({ channel }: { channel: ChannelConnection }) {
  const { t } = useTranslation()
  const h = channel.health
  const file = channel.type === "file"
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="channel-health">
      <Heading level="h2">{t("ordo.channels.health.title")}</Heading>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat
          label={t("ordo.channels.health.ordersIn")}
          value={t("ordo.channels.importedOf", { imported: h.imported_today, total: h.orders_today })}
          testId="health-orders-in"
        />
        <Stat label={t("ordo.channels.health.exceptions")} value={h.exceptions_waiting} testId="health-exceptions" />
        {file ? null : <Stat label={t("ordo.channels.health.lastWebhook")} value={dateTime(h.last_webhook_at)} />}
        {file ? null : <Stat label={t("ordo.channels.health.lastPoll")} value={dateTime(h.last_poll_at)} />}
        <Stat label={t("ordo.channels.health.lastSuccess")} value={dateTime(h.last_success_at)} />
      </div>
      <div className="flex flex-col">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("ordo.channels.health.lastError")}
        </Text>
        {h.last_error ? (
          <Text size="small" className="break-words text-ui-fg-error" data-testid="health-last-error">
            {dateTime(h.last_error_at)} · {h.last_error}
          </Text>
        ) : (
          <Text size="small">{t("ordo.channels.health.noError")}</Text>
        )}
      </div>
    </div>
  )
}

/** What "Sync now" brought in. */
function SyncSummary({ sync }: { sync: SyncResult }) {
  const { t } = useTranslation()
  const o = sync.outcomes
  const parts = [
    t("ordo.channels.sync.imported", { count: o.imported }),
    t("ordo.channels.sync.exception", { count: o.exception }),
    o.waiting ? t("ordo.channels.sync.waiting", { count: o.waiting }) : null,
    o.cancelled ? t("ordo.channels.sync.cancelled", { count: o.cancelled }) : null,
    o.duplicate ? t("ordo.channels.sync.duplicate", { count: o.duplicate }) : null,
    sync.unreadable ? t("ordo.channels.sync.unreadable", { count: sync.unreadable }) : null,
  ].filter(Boolean)
  return (
    <div className="rounded-md border bg-ui-bg-subtle px-3 py-2" data-testid="sync-result">
      <Text size="small" weight="plus">
        {t("ordo.channels.sync.fetched", { count: sync.fetched })}
      </Text>
      <Text size="small">{parts.join(t("ordo.channels.sync.separator"))}</Text>
    </div>
  )
}

/**
 * One marketplace connection: health, sync now, pause/resume, safety stock, webhook address,
 * stock out (Shopify, Amazon) or file imports (file), exceptions queue.
 */
const ChannelPage = () => {
  const id = useParams().id as string
  const { t } = useTranslation()
  const { data, error: loadError } = useChannel(id)
  const exceptions = useChannelExceptions(id)
  const locations = useStockLocations()
  const update = useUpdateChannel(id)
  const sync = useSyncChannel(id)
  const [lastSync, setLastSync] = useState<SyncResult | null>(null)
  const [safety, setSafety] = useState("")
  const [error, setError] = useState("")
  const channel = data?.channel
  // A (re)load shows the saved safety stock.
  useEffect(() => {
    if (channel) setSafety(String(channel.safety_stock ?? 0))
  }, [channel])

  if (loadError && !channel) return <Container className="text-ui-fg-error">{loadError.message}</Container>
  if (!channel) return <Container>{t("ordo.channels.loading")}</Container>

  const run = async (fn: () => Promise<void>) => {
    setError("")
    try {
      await fn()
    } catch (e: any) {
      setError(e?.message ?? String(e))
    }
  }
  const syncNow = () =>
    run(async () => {
      setLastSync(null)
      setLastSync((await sync.mutateAsync()).sync)
    })
  const paused = channel.status === "paused"
  const toggle = () =>
    run(async () => {
      await update.mutateAsync({ status: paused ? "enabled" : "paused" })
      toast.success(t(paused ? "ordo.channels.detail.resumed" : "ordo.channels.detail.paused", { name: channel.name }))
    })
  const safetyValid = /^\d{1,7}$/.test(safety.trim())
  const saveSafety = () =>
    run(async () => {
      await update.mutateAsync({ safety_stock: Number(safety.trim()) })
      toast.success(t("ordo.channels.detail.safetySaved"))
    })
  const location = (locations.data?.stock_locations ?? []).find((l: any) => l.id === channel.stock_location_id)
  const webhook = `${backendOrigin()}/webhooks/shopify/${channel.id}`
  const queue = exceptions.data?.channel_orders ?? []
  const queueCount = exceptions.data?.count ?? 0
  const file = channel.type === "file"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
          <div className="flex min-w-0 flex-col gap-y-1">
            <Link to="/channels" className="text-ui-fg-interactive text-sm">
              ← {t("ordo.channels.title")}
            </Link>
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h1">{channel.name}</Heading>
              <ConnectionType type={channel.type} />
              <ConnectionStatus status={channel.status} />
            </div>
            <Text size="small" className="break-words text-ui-fg-subtle">
              {[
                channel.config?.shop_domain ?? channel.config?.marketplace_ids?.join(", "),
                channel.config?.currency_code?.toUpperCase(),
                location ? t("ordo.channels.detail.shipsFrom", { location: location.name }) : null,
                channel.config?.utc_offset
                  ? t("ordo.channels.detail.utcOffset", { offset: channel.config.utc_offset })
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </div>
          <div className="flex flex-wrap gap-2">
            {/* A file source has nothing to ask: its orders come in through the import panel. */}
            {file ? null : (
              <Button size="small" onClick={syncNow} isLoading={sync.isPending} data-testid="channel-sync">
                {t("ordo.channels.detail.syncNow")}
              </Button>
            )}
            <Button
              size="small"
              variant="secondary"
              onClick={toggle}
              isLoading={update.isPending && update.variables?.status !== undefined}
            >
              {paused ? t("ordo.channels.detail.resume") : t("ordo.channels.detail.pause")}
            </Button>
          </div>
        </div>
        {paused ? (
          <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
            {t("ordo.channels.detail.pausedNote")}
          </Text>
        ) : null}
        {error || lastSync ? (
          <div className="flex flex-col gap-y-2 px-6 py-3">
            {error ? (
              <Text size="small" className="break-words text-ui-fg-error" data-testid="channel-error">
                {error}
              </Text>
            ) : null}
            {lastSync ? <SyncSummary sync={lastSync} /> : null}
          </div>
        ) : null}
        <HealthPanel channel={channel} />
        {file ? null : (
          <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-[minmax(220px,1fr)_2fr]">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="channel-safety" size="xsmall" weight="plus">
                {t("ordo.channels.detail.safetyStock")}
              </Label>
              <div className="flex items-center gap-2">
                <Input
                  id="channel-safety"
                  size="small"
                  inputMode="numeric"
                  className="w-28"
                  value={safety}
                  onChange={(e) => setSafety(e.target.value)}
                  aria-invalid={!safetyValid || undefined}
                />
                <Button
                  size="small"
                  variant="secondary"
                  disabled={!safetyValid || Number(safety) === channel.safety_stock}
                  onClick={saveSafety}
                >
                  {t("ordo.channels.detail.save")}
                </Button>
              </div>
              <Text size="xsmall" className={safetyValid ? "text-ui-fg-subtle" : "text-ui-fg-error"}>
                {safetyValid ? t("ordo.channels.detail.safetyHint") : t("ordo.channels.form.invalid.safety_stock")}
              </Text>
            </div>
            {channel.type === "shopify" ? (
              <div className="flex min-w-0 flex-col gap-y-1">
                <Label htmlFor="channel-webhook" size="xsmall" weight="plus">
                  {t("ordo.channels.detail.webhook")}
                </Label>
                <div className="flex items-center gap-2">
                  <div className="min-w-0 flex-1">
                    <Input
                      id="channel-webhook"
                      size="small"
                      readOnly
                      value={webhook}
                      className="font-mono"
                      onFocus={(e) => e.target.select()}
                    />
                  </div>
                  <Copy content={webhook} className="shrink-0" />
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("ordo.channels.detail.webhookHint")}
                </Text>
              </div>
            ) : null}
          </div>
        )}
      </Container>
      {file ? <ImportPanel channelId={channel.id} /> : <StockPanel channel={channel} />}
      <Container className="divide-y p-0" data-testid="exceptions-queue" id="exceptions-queue">
        <div className="px-6 py-4">
          <Heading level="h2">{t("ordo.channels.queue.title", { count: queueCount })}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.channels.queue.intro")}
          </Text>
        </div>
        {exceptions.error ? <Text className="px-6 py-3 text-ui-fg-error">{exceptions.error.message}</Text> : null}
        {queue.map((row) => (
          <ExceptionCard key={row.id} row={row} />
        ))}
        {!queue.length && !exceptions.isLoading ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle" data-testid="exceptions-empty">
            {t("ordo.channels.queue.empty")}
          </Text>
        ) : null}
        {queueCount > queue.length ? (
          <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
            {t("ordo.channels.queue.more", { shown: queue.length, count: queueCount })}
          </Text>
        ) : null}
      </Container>
    </div>
  )
}

export default ChannelPage
