import { Badge, Button, Checkbox, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  type ChannelOrderRow,
  useIgnoreChannelOrder,
  useResolveChannelOrder,
  useRetryChannelOrder,
} from "../../../hooks/channels"
import { dateTime, money } from "../../../lib/format"
import { CustomerPicker, type Picked, VariantPicker } from "./pickers"

/** Problems whose reason is all in the code (the backend's English sentence adds nothing). */
const SELF_EXPLAINED = new Set(["unknown_sku", "no_sku", "bad_quantity", "no_address"])

/**
 * One order waiting in the exceptions queue: why it waits, its lines, and what staff can do —
 * map its unknown SKUs to our variants, place it for one of our customers, retry it, or ignore it.
 */
export function ExceptionCard({ row }: { row: ChannelOrderRow }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const resolve = useResolveChannelOrder()
  const retry = useRetryChannelOrder()
  const ignore = useIgnoreChannelOrder()
  const [skus, setSkus] = useState<Record<string, Picked | null>>({})
  const [customer, setCustomer] = useState<Picked | null>(null)
  const [remember, setRemember] = useState(true)
  const [error, setError] = useState("")
  const problems = row.problems ?? []
  const unknown = new Set(problems.filter((p) => p.code === "unknown_sku" && p.sku).map((p) => p.sku as string))
  const mapped = Object.fromEntries(Object.entries(skus).flatMap(([sku, v]) => (v ? [[sku, v.id]] : [])))
  const canResolve = Object.keys(mapped).length > 0 || !!customer
  const busy = resolve.isPending || retry.isPending || ignore.isPending
  const order = row.payload
  const testId = `exception-${row.external_number}`

  const placed = (o: { display_id?: number } | undefined) => {
    toast.success(
      t("ordo.channels.queue.placed", {
        external: row.external_number,
        order: o?.display_id ? `#${o.display_id}` : "",
      }),
    )
  }
  const act = async (fn: () => Promise<void>) => {
    setError("")
    try {
      await fn()
    } catch (e: any) {
      setError(e?.message ?? String(e))
    }
  }
  const onResolve = () =>
    act(async () =>
      placed(
        await resolve.mutateAsync({
          id: row.id,
          ...(Object.keys(mapped).length ? { skus: mapped, remember } : {}),
          ...(customer ? { customer_id: customer.id } : {}),
        }),
      ),
    )
  const onRetry = () => act(async () => placed(await retry.mutateAsync(row.id)))
  const onIgnore = () =>
    act(async () => {
      const sure = await prompt({
        title: t("ordo.channels.queue.ignoreTitle", { external: row.external_number }),
        description: t("ordo.channels.queue.ignoreText"),
        confirmText: t("ordo.channels.queue.ignore"),
        cancelText: t("ordo.channels.queue.cancel"),
      })
      if (!sure) return
      await ignore.mutateAsync(row.id)
      toast.success(t("ordo.channels.queue.ignored", { external: row.external_number }))
    })

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid={testId} data-id={row.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Text weight="plus">{row.external_number}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[
            dateTime(order.placed_at ?? row.created_at),
            order.buyer?.name || order.buyer?.email,
            money(order.total, order.currency_code),
            row.attempts > 1 ? t("ordo.channels.queue.attempts", { count: row.attempts }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      </div>
      <ul className="flex flex-col gap-y-1" data-testid="exception-reasons">
        {problems.map((p, i) => (
          <li key={`${p.code}-${p.sku ?? i}`}>
            <Text size="small" className="text-ui-fg-error">
              {t(`ordo.channels.problems.${p.code}`, {
                sku: p.sku ?? "",
                defaultValue: t("ordo.channels.problems.refused"),
              })}
            </Text>
            {!SELF_EXPLAINED.has(p.code) ? (
              <Text size="xsmall" className="break-words text-ui-fg-subtle">
                {p.message}
              </Text>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="flex flex-col divide-y rounded-md border">
        {order.lines.map((l) => {
          const sku = l.sku?.trim() ?? ""
          const needsMap = unknown.has(sku)
          return (
            <div key={l.external_line_id} className="flex flex-col gap-y-2 px-3 py-2" data-testid="exception-line">
              <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                <div className="flex min-w-0 items-center gap-x-2">
                  <Badge size="2xsmall" color={needsMap ? "orange" : "grey"} className="shrink-0">
                    {sku || t("ordo.channels.queue.noSku")}
                  </Badge>
                  <Text size="small" className="truncate">
                    {l.title}
                  </Text>
                </div>
                <Text size="small" className="whitespace-nowrap text-ui-fg-subtle">
                  {l.quantity} × {money(l.unit_price, order.currency_code)}
                </Text>
              </div>
              {needsMap ? (
                <VariantPicker
                  id={`map-${row.id}-${l.external_line_id}`}
                  label={t("ordo.channels.queue.mapTo", { sku })}
                  picked={skus[sku] ?? null}
                  onPick={(v) => setSkus((s) => ({ ...s, [sku]: v }))}
                />
              ) : null}
            </div>
          )
        })}
      </div>
      <div className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2">
        <CustomerPicker
          id={`customer-${row.id}`}
          label={t("ordo.channels.queue.customer")}
          picked={customer}
          onPick={setCustomer}
        />
        {unknown.size ? (
          <div className="flex items-center gap-x-2 pb-2">
            <Checkbox id={`remember-${row.id}`} checked={remember} onCheckedChange={(v) => setRemember(v === true)} />
            <Label htmlFor={`remember-${row.id}`} size="small">
              {t("ordo.channels.queue.remember")}
            </Label>
          </div>
        ) : null}
      </div>
      {error ? (
        <Text size="small" className="break-words text-ui-fg-error" data-testid="exception-error">
          {error}
        </Text>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button size="small" disabled={!canResolve || busy} isLoading={resolve.isPending} onClick={onResolve}>
          {t("ordo.channels.queue.resolve")}
        </Button>
        <Button size="small" variant="secondary" disabled={busy} isLoading={retry.isPending} onClick={onRetry}>
          {t("ordo.channels.queue.retry")}
        </Button>
        <Button size="small" variant="transparent" disabled={busy} onClick={onIgnore}>
          {t("ordo.channels.queue.ignore")}
        </Button>
      </div>
    </div>
  )
}
