import { Badge, Button, Container, Heading, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { DataTable } from "../../../components/ui/data-table"
import { FormField, TextField } from "../../../components/ui/form-field"
import {
  type QuoteStockWarning,
  usePostQuoteMessage,
  useQuote,
  useSaveQuoteVersion,
  useSendQuote,
} from "../../../hooks/quotes"
import { day, money } from "../../../lib/format"
import { quoteStatusColour } from "../quote-status"

type Draft = { sku: string; quantity: string; unit_price: string; discount_percent: string }

/** The current version's lines as the revise table starts them. */
const draftOf = (quote: any): Draft[] =>
  (quote.versions.find((v: any) => v.version === quote.current_version)?.lines ?? []).map((l: any) => ({
    sku: l.sku,
    quantity: String(l.quantity),
    unit_price: l.unit_price,
    discount_percent: "",
  }))

/** Lines quoted above what can be sold now (SKU, quoted vs available); sending goes through all the same. */
const StockWarnings = ({ warnings }: { warnings: QuoteStockWarning[] }) => {
  const { t } = useTranslation()
  if (!warnings.length) return null
  return (
    <div
      className="mx-6 my-3 rounded-md border border-ui-tag-orange-border bg-ui-tag-orange-bg px-4 py-3"
      role="status"
      data-testid="quote-stock-warnings"
    >
      <Text size="small" weight="plus">
        {t("ordo.orders.quote.stockTitle")}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {t("ordo.orders.quote.stockIntro")}
      </Text>
      <ul className="list-disc pl-5">
        {warnings.map((w) => (
          <li key={w.sku} data-testid="quote-stock-warning" data-sku={w.sku}>
            <Text size="small">
              {t("ordo.orders.quote.stockLine", {
                sku: w.sku,
                title: w.title ?? "—",
                quoted: w.quoted,
                available: w.available,
              })}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A quote for staff: every version, a line editor that saves a new version, send, thread, history beside it. */
const QuotePage = () => {
  const { t } = useTranslation()
  const id = useParams().id as string
  const { data, error: loadError } = useQuote(id)
  const saveVersion = useSaveQuoteVersion(id)
  const sendQuote = useSendQuote(id)
  const postMessage = usePostQuoteMessage(id)
  const [draft, setDraft] = useState<Draft[]>([])
  const [note, setNote] = useState("")
  const [validUntil, setValidUntil] = useState("")
  const [leadTime, setLeadTime] = useState<string | null>(null)
  const [message, setMessage] = useState("")
  const [error, setError] = useState("")
  // Every (re)load starts the revise table from the current version.
  useEffect(() => {
    if (data) setDraft(draftOf(data.quote))
  }, [data])
  if (!data) return <Container>{error || loadError?.message || t("ordo.orders.quote.loading")}</Container>
  const q = data.quote
  const warnings = data.stock_warnings ?? []
  const run = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
    } catch (e: any) {
      setError(e.message)
      toast.error(e.message)
    }
  }
  const save = () =>
    run(async () => {
      await saveVersion.mutateAsync({
        note: note || undefined,
        lines: draft.map((l) => ({
          sku: l.sku,
          quantity: Number(l.quantity),
          ...(l.discount_percent ? { discount_percent: l.discount_percent } : { unit_price: l.unit_price }),
        })),
      })
      setNote("")
      toast.success(t("ordo.orders.quote.saved", { version: q.current_version + 1 }))
    })
  const send = () =>
    run(async () => {
      const note = (leadTime ?? q.lead_time_note ?? "").trim()
      const sent = await sendQuote.mutateAsync({
        ...(validUntil ? { valid_until: validUntil } : {}),
        lead_time_note: note,
      })
      const short = sent.stock_warnings?.length ?? 0
      toast.success(t("ordo.orders.quote.sent", { number: q.display_id }), {
        description: short ? t("ordo.orders.quote.sentShort", { count: short }) : undefined,
      })
      setLeadTime(null)
    })
  const set = (i: number, k: keyof Draft, v: string) =>
    setDraft((d) =>
      d.map((l, j) => (j === i ? { ...l, [k]: v, ...(k === "discount_percent" && v ? { unit_price: "" } : {}) } : l)),
    )
  const editable = q.status === "draft" || q.status === "sent"
  const labelKey = { quantity: "qtyOf", unit_price: "priceOf", discount_percent: "discountOf" } as const
  const cell = (k: Exclude<keyof Draft, "sku">, testid: string) => (l: Draft, i: number) => (
    <Input
      size="small"
      aria-label={t(`ordo.orders.quote.${labelKey[k]}`, { sku: l.sku })}
      inputMode={k === "quantity" ? "numeric" : "decimal"}
      value={l[k]}
      onChange={(e) => set(i, k, e.target.value)}
      data-testid={testid}
    />
  )
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1" className="flex items-center gap-x-2">
            {t("ordo.orders.quote.heading", { number: q.display_id })}{" "}
            <Badge color={quoteStatusColour(q.status)} data-testid="admin-quote-status" data-status={q.status}>
              {t(`ordo.orders.quotes.statuses.${q.status}`, { defaultValue: q.status })}
            </Badge>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.orders.quote.summary", {
              company: q.company_name ?? "—",
              customer: q.customer_name ?? "—",
              date: day(q.valid_until),
              po: q.po_number ?? "—",
            })}
            {q.order ? (
              <>
                {" "}
                · {t("ordo.orders.quote.order")}{" "}
                <Link to={`/orders/${q.order.id}`} className="text-ui-fg-interactive">
                  #{q.order.display_id}
                </Link>
              </>
            ) : null}
          </Text>
          {q.lead_time_note ? (
            <Text size="small" data-testid="admin-quote-lead-time">
              {t("ordo.orders.quote.leadTimeShown")}: {q.lead_time_note}
            </Text>
          ) : null}
        </div>
        <div className="flex gap-x-3 text-sm">
          <a
            className="text-ui-fg-interactive"
            href={`/admin/ordo/quotes/${q.id}/pdf?lang=en`}
            target="_blank"
            rel="noreferrer"
          >
            {t("ordo.orders.quote.pdfEn")}
          </a>
          <a
            className="text-ui-fg-interactive"
            href={`/admin/ordo/quotes/${q.id}/pdf?lang=zh-CN`}
            target="_blank"
            rel="noreferrer"
          >
            {t("ordo.orders.quote.pdfZh")}
          </a>
        </div>
      </Container>
      {error ? (
        <Text className="text-ui-fg-error" data-testid="admin-quote-error">
          {error}
        </Text>
      ) : null}
      {editable ? (
        <Container className="p-0">
          <Heading level="h2" className="px-6 py-4">
            {t("ordo.orders.quote.revise", { version: q.current_version + 1 })}
          </Heading>
          <StockWarnings warnings={warnings} />
          <DataTable
            rows={draft}
            rowKey={(l) => l.sku}
            rowProps={(l) => ({ "data-testid": "revise-line", "data-sku": l.sku })}
            columns={[
              { key: "sku", header: t("ordo.orders.quote.col.sku"), cell: (l) => l.sku },
              { key: "qty", header: t("ordo.orders.quote.col.qty"), cell: cell("quantity", "revise-qty") },
              { key: "price", header: t("ordo.orders.quote.col.unitPrice"), cell: cell("unit_price", "revise-price") },
              {
                key: "discount",
                header: t("ordo.orders.quote.col.orDiscount"),
                cell: cell("discount_percent", "revise-discount"),
              },
            ]}
          />
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <TextField
              id="quote-note"
              label={t("ordo.orders.quote.note")}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <div>
              <Button size="small" variant="secondary" onClick={save} data-testid="save-version">
                {t("ordo.orders.quote.saveVersion")}
              </Button>
            </div>
            {q.status === "draft" ? (
              <div className="flex flex-col gap-y-2 border-t pt-3">
                <FormField id="quote-lead-time" label={t("ordo.orders.quote.leadTime")}>
                  <Textarea
                    id="quote-lead-time"
                    rows={2}
                    placeholder={t("ordo.orders.quote.leadTimeHint")}
                    value={leadTime ?? q.lead_time_note ?? ""}
                    onChange={(e) => setLeadTime(e.target.value)}
                    data-testid="quote-lead-time"
                  />
                </FormField>
                <div className="flex flex-wrap items-end gap-2">
                  <TextField
                    id="quote-valid-until"
                    label={t("ordo.orders.quote.validUntil")}
                    type="date"
                    value={validUntil}
                    onChange={(e) => setValidUntil(e.target.value)}
                  />
                  <Button size="small" onClick={send} isLoading={sendQuote.isPending} data-testid="send-quote">
                    {t("ordo.orders.quote.send")}
                  </Button>
                </div>
              </div>
            ) : null}
          </div>
        </Container>
      ) : warnings.length && q.status === "sent" ? (
        <Container className="p-0">
          <StockWarnings warnings={warnings} />
        </Container>
      ) : null}
      {[...q.versions].reverse().map((v: any) => (
        <Container key={v.id} className="p-0" data-testid="admin-quote-version">
          <div className="px-6 py-3">
            <Text weight="plus">
              {t("ordo.orders.quote.version", {
                version: v.version,
                author: v.author_name ?? "—",
                date: day(v.created_at),
                total: money(v.total, q.currency_code),
              })}
            </Text>
            {v.changes.length ? (
              <Text size="small" className="text-ui-fg-subtle">
                {v.changes
                  .map((c: any) =>
                    c.kind === "changed"
                      ? t("ordo.orders.quote.changed", {
                          sku: c.sku,
                          field: t(
                            `ordo.orders.quote.col.${c.field === "unit_price" ? "unitPrice" : c.field === "quantity" ? "qty" : "discount"}`,
                          ),
                          from: c.from,
                          to: c.to,
                        })
                      : t(`ordo.orders.quote.${c.kind === "added" ? "added" : "removed"}`, { sku: c.sku }),
                  )
                  .join("; ")}
              </Text>
            ) : null}
          </div>
          <DataTable
            rows={v.lines as any[]}
            rowKey={(l) => l.variant_id}
            columns={[
              { key: "sku", header: t("ordo.orders.quote.col.sku"), cell: (l) => l.sku },
              { key: "title", header: t("ordo.orders.quote.col.title"), cell: (l) => l.title },
              { key: "qty", header: t("ordo.orders.quote.col.qty"), align: "right", cell: (l) => l.quantity },
              {
                key: "list",
                header: t("ordo.orders.quote.col.listPrice"),
                align: "right",
                cell: (l) => money(l.list_price, q.currency_code),
              },
              {
                key: "discount",
                header: t("ordo.orders.quote.col.discount"),
                align: "right",
                cell: (l) => `${l.discount_percent}%`,
              },
              {
                key: "price",
                header: t("ordo.orders.quote.col.unitPrice"),
                align: "right",
                cell: (l) => money(l.unit_price, q.currency_code),
              },
            ]}
          />
        </Container>
      ))}
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">{t("ordo.orders.quote.messages")}</Heading>
        {q.messages.map((m: any) => (
          <Text key={m.id} size="small">
            <b>{m.author_name}</b> ({day(m.created_at)}): {m.body}
          </Text>
        ))}
        <FormField id="quote-message" label={t("ordo.orders.quote.message")}>
          <Textarea id="quote-message" rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
        </FormField>
        <div>
          <Button
            size="small"
            variant="secondary"
            isLoading={postMessage.isPending}
            onClick={() =>
              run(async () => {
                await postMessage.mutateAsync(message)
                setMessage("")
                toast.success(t("ordo.orders.quote.posted"))
              })
            }
          >
            {t("ordo.orders.quote.post")}
          </Button>
        </div>
      </Container>
      <Container className="grid grid-cols-2 gap-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("ordo.orders.quote.lastPrices")}</Heading>
          {data.last_prices.length === 0 ? <Text size="small">{t("ordo.orders.quote.noOrders")}</Text> : null}
          {data.last_prices.map((p: any) => (
            <Text key={p.variant_id} size="small">
              {t("ordo.orders.quote.lastPrice", {
                sku: p.sku,
                price: money(p.unit_price, p.currency_code ?? q.currency_code),
                quantity: p.quantity,
                order: p.order_display_id,
                date: day(p.ordered_at),
              })}
            </Text>
          ))}
        </div>
        <div>
          <Heading level="h2">{t("ordo.orders.quote.earlier")}</Heading>
          {data.earlier_quotes.length === 0 ? <Text size="small">{t("ordo.orders.quote.noEarlier")}</Text> : null}
          {data.earlier_quotes.map((e: any) => (
            <Text key={e.id} size="small">
              <Link to={`/quotes/${e.id}`} className="text-ui-fg-interactive">
                Q-{e.display_id}
              </Link>{" "}
              {t(`ordo.orders.quotes.statuses.${e.status}`, { defaultValue: e.status })} · {day(e.created_at)} ·{" "}
              {money(e.total, e.currency_code)}
            </Text>
          ))}
        </div>
      </Container>
    </div>
  )
}

export default QuotePage
