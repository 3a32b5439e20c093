import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { ApprovalPanel, ApprovalStatusBadge } from "../components/approval-panel"
import { useOrderApproval } from "../hooks/approvals"
import { useOrderMargin } from "../hooks/orders"
import { day, nameOf } from "../lib/format"

type OrderData = { id: string; metadata?: Record<string, any> | null; sales_channel?: { name?: string } | null }

const Fact = ({ label, value, testId }: { label: string; value: ReactNode; testId: string }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" data-testid={testId}>
      {value}
    </Text>
  </div>
)

/**
 * At the top of Medusa's order page: the buyer's PO number, Ordo's approval state as a badge (who
 * decided and when), where the order came from and who entered it — and, while it waits, the
 * Approve / Reject card right there, so a waiting order never looks like a normal one.
 */
const OrderApprovalWidget = ({ data }: { data: OrderData }) => {
  const { t } = useTranslation()
  const approval = useOrderApproval(data.id).data?.approval ?? null
  const origin = useOrderMargin(data.id).data
  const meta = data.metadata ?? {}
  const po = meta.po_number ?? approval?.po_number ?? null
  const channel = origin?.channel ?? data.sales_channel?.name ?? null
  const kind = meta.ordo_channel
    ? t(`ordo.orders.origin.${meta.ordo_channel}`, { defaultValue: meta.ordo_channel })
    : ""
  const enteredBy = origin?.entered_by ?? meta.entered_by ?? null
  const decisions = (approval?.decisions ?? []) as any[]
  const last = decisions[decisions.length - 1]
  const waitingLevel = approval?.levels?.find((l: any) => l.waiting)

  const stateLine = !approval
    ? t("ordo.orders.widget.noApproval")
    : approval.status === "pending"
      ? t("ordo.orders.widget.waitingFor", {
          role: t(`ordo.orders.roles.${waitingLevel?.role}`, { defaultValue: waitingLevel?.role ?? "" }),
          level: approval.current_level,
          levels: approval.levels.length,
        })
      : last
        ? t(`ordo.orders.approval.decided.${last.decision}`, { name: last.actor_name, date: day(last.created_at) }) +
          (last.comment ? ` — “${last.comment}”` : "")
        : t(`ordo.orders.approval.status.${approval.status}`)

  return (
    <div className="flex flex-col gap-y-3" data-testid="order-ordo-summary" data-approval={approval?.status ?? "none"}>
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading level="h2">{t("ordo.orders.widget.title")}</Heading>
          {approval ? (
            <ApprovalStatusBadge status={approval.status} testId="order-approval-state" />
          ) : (
            <Text size="small" className="text-ui-fg-subtle" data-testid="order-approval-state">
              {t("ordo.orders.widget.noApproval")}
            </Text>
          )}
        </div>
        {approval ? (
          <Text
            size="small"
            className={approval.status === "pending" ? "text-ui-fg-base" : "text-ui-fg-subtle"}
            data-testid="order-approval-line"
          >
            {stateLine.charAt(0).toUpperCase() + stateLine.slice(1)}
          </Text>
        ) : null}
        <div className="flex flex-wrap gap-x-10 gap-y-3">
          <Fact label={t("ordo.orders.widget.po")} value={po ?? "—"} testId="order-po" />
          <Fact
            label={t("ordo.orders.widget.channel")}
            value={[channel, kind].filter(Boolean).join(" · ") || "—"}
            testId="order-channel"
          />
          <Fact
            label={t("ordo.orders.widget.enteredBy")}
            value={
              enteredBy
                ? nameOf(enteredBy)
                : meta.ordo_channel === "storefront" || meta.ordo_channel === "quote"
                  ? t("ordo.orders.widget.byBuyer")
                  : "—"
            }
            testId="order-entered-by"
          />
          {meta.requested_delivery_date ? (
            <Fact
              label={t("ordo.orders.widget.deliveryDate")}
              value={String(meta.requested_delivery_date)}
              testId="order-delivery-date"
            />
          ) : null}
        </div>
        {meta.note ? (
          <Text size="small" className="whitespace-pre-wrap" data-testid="order-note">
            <span className="text-ui-fg-subtle">{t("ordo.orders.widget.note")}: </span>
            {String(meta.note)}
          </Text>
        ) : null}
      </Container>
      {approval?.status === "pending" ? <ApprovalPanel approval={approval} embedded /> : null}
    </div>
  )
}

// At the top of the order page: an order waiting for approval is the first thing staff see. Medusa
// 2.21 orders widgets by layout preference; the store default (migration-scripts/order-page-approval-card.ts)
// puts this id first.
export const config = defineWidgetConfig({ zone: "order.details.before", id: "ordo-order-approval" })

export default OrderApprovalWidget
