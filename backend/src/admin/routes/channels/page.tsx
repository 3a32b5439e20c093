import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plug } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DataTable } from "../../components/ui/data-table"
import { type ChannelConnection, useChannels } from "../../hooks/channels"
import { dateTime } from "../../lib/format"
import { ConnectionStatus, ConnectionType } from "./components/badges"
import { ConnectDrawer } from "./components/connect-drawer"

/**
 * The latest of the connection's webhook and poll: when it last heard from the marketplace. A
 * file source is never called: its last order in is the last word from it.
 */
const lastHeard = (c: ChannelConnection) =>
  (c.type === "file"
    ? c.health.last_success_at
    : [c.health.last_webhook_at, c.health.last_poll_at].filter(Boolean).sort().at(-1)) ?? null

/** One connection on a phone: the same facts as a table row, stacked. */
function ChannelCard({ channel: c }: { channel: ChannelConnection }) {
  const { t } = useTranslation()
  return (
    <Container className="flex flex-col gap-y-2 px-4 py-3" data-testid="channel-card" data-id={c.id}>
      <div className="flex items-start justify-between gap-x-2">
        <Link to={`/channels/${c.id}`} className="text-ui-fg-interactive min-w-0 break-words font-medium">
          {c.name}
        </Link>
        <ConnectionStatus status={c.status} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <ConnectionType type={c.type} />
        <Text size="xsmall" className="break-all text-ui-fg-subtle">
          {c.config?.shop_domain ?? c.config?.marketplace_ids?.join(", ") ?? ""}
        </Text>
      </div>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1">
        <Text size="xsmall" className="text-ui-fg-subtle" asChild>
          <dt>{t("ordo.channels.columns.today")}</dt>
        </Text>
        <Text size="xsmall" asChild>
          <dd>{t("ordo.channels.importedOf", { imported: c.health.imported_today, total: c.health.orders_today })}</dd>
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle" asChild>
          <dt>{t("ordo.channels.columns.exceptions")}</dt>
        </Text>
        <Text size="xsmall" asChild>
          <dd className={c.health.exceptions_waiting ? "font-medium text-ui-fg-error" : undefined}>
            {c.health.exceptions_waiting}
          </dd>
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle" asChild>
          <dt>{t("ordo.channels.columns.lastHeard")}</dt>
        </Text>
        <Text size="xsmall" asChild>
          <dd>{dateTime(lastHeard(c))}</dd>
        </Text>
      </dl>
      {c.health.last_error ? (
        <Text size="xsmall" className="break-words text-ui-fg-error">
          {dateTime(c.health.last_error_at)} · {c.health.last_error}
        </Text>
      ) : null}
    </Container>
  )
}

/** Marketplace connections (Shopify, Amazon) with their health at a glance, and "Connect". */
const ChannelsPage = () => {
  const { t } = useTranslation()
  const { data, error, isLoading } = useChannels()
  const [connecting, setConnecting] = useState(false)
  const channels = data?.channels ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div className="min-w-0 flex-1">
          <Heading level="h1">{t("ordo.channels.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.channels.intro")}
          </Text>
        </div>
        <Button size="small" onClick={() => setConnecting(true)} data-testid="channels-connect">
          {t("ordo.channels.connect")}
        </Button>
      </Container>
      {error ? (
        <Container className="px-6 py-3">
          <Text className="text-ui-fg-error">{error.message}</Text>
        </Container>
      ) : null}
      {/* A phone gets one card per connection; the table needs a desktop's width. */}
      <div className="flex flex-col gap-y-3 md:hidden">
        {channels.map((c) => (
          <ChannelCard key={c.id} channel={c} />
        ))}
        {!channels.length ? (
          <Container className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {isLoading ? t("ordo.channels.loading") : t("ordo.channels.empty")}
            </Text>
          </Container>
        ) : null}
      </div>
      <Container className="hidden overflow-x-auto p-0 md:block">
        <DataTable
          rows={channels}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ "data-testid": "channel-row", "data-id": c.id })}
          empty={isLoading ? t("ordo.channels.loading") : t("ordo.channels.empty")}
          columns={[
            {
              key: "name",
              header: t("ordo.channels.columns.connection"),
              cell: (c) => (
                <div className="flex flex-col gap-y-1 py-2">
                  <Link to={`/channels/${c.id}`} className="text-ui-fg-interactive font-medium">
                    {c.name}
                  </Link>
                  <div className="flex items-center gap-x-2">
                    <ConnectionType type={c.type} />
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {c.config?.shop_domain ?? c.config?.marketplace_ids?.join(", ") ?? ""}
                    </Text>
                  </div>
                </div>
              ),
            },
            {
              key: "status",
              header: t("ordo.channels.columns.status"),
              cell: (c) => <ConnectionStatus status={c.status} />,
            },
            {
              key: "today",
              header: t("ordo.channels.columns.today"),
              headerClassName: "whitespace-nowrap",
              align: "right",
              cell: (c) => (
                <span data-testid="channel-orders-today">
                  {t("ordo.channels.importedOf", { imported: c.health.imported_today, total: c.health.orders_today })}
                </span>
              ),
            },
            {
              key: "exceptions",
              header: t("ordo.channels.columns.exceptions"),
              headerClassName: "whitespace-nowrap",
              align: "right",
              cell: (c) =>
                c.health.exceptions_waiting ? (
                  <Badge size="2xsmall" color="orange">
                    {c.health.exceptions_waiting}
                  </Badge>
                ) : (
                  "0"
                ),
            },
            {
              key: "heard",
              header: t("ordo.channels.columns.lastHeard"),
              headerClassName: "whitespace-nowrap",
              className: "whitespace-nowrap",
              cell: (c) => dateTime(lastHeard(c)),
            },
            {
              key: "error",
              header: t("ordo.channels.columns.lastError"),
              cell: (c) =>
                c.health.last_error ? (
                  <div className="flex max-w-[280px] flex-col">
                    <Text size="xsmall" className="truncate text-ui-fg-error" title={c.health.last_error}>
                      {c.health.last_error}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {dateTime(c.health.last_error_at)}
                    </Text>
                  </div>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Container>
      <ConnectDrawer open={connecting} onOpenChange={setConnecting} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "ordo.channels.title", translationNs: "translation", icon: Plug })

export default ChannelsPage
