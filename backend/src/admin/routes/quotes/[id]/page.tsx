import { Badge, Button, Container, Heading, Input, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DataTable } from "../../../components/ui/data-table"
import { usePostQuoteMessage, useQuote, useSaveQuoteVersion, useSendQuote } from "../../../hooks/quotes"
import { day, money } from "../../../lib/format"

type Draft = { sku: string; quantity: string; unit_price: string; discount_percent: string }

/** The current version's lines as the revise table starts them. */
const draftOf = (quote: any): Draft[] =>
  (quote.versions.find((v: any) => v.version === quote.current_version)?.lines ?? []).map((l: any) => ({
    sku: l.sku,
    quantity: String(l.quantity),
    unit_price: l.unit_price,
    discount_percent: "",
  }))

/** A quote for staff: every version, a line editor that saves a new version, send, thread, history beside it. */
const QuotePage = () => {
  const id = useParams().id as string
  const { data, error: loadError } = useQuote(id)
  const saveVersion = useSaveQuoteVersion(id)
  const sendQuote = useSendQuote(id)
  const postMessage = usePostQuoteMessage(id)
  const [draft, setDraft] = useState<Draft[]>([])
  const [note, setNote] = useState("")
  const [validUntil, setValidUntil] = useState("")
  const [message, setMessage] = useState("")
  const [error, setError] = useState("")
  // Every (re)load starts the revise table from the current version.
  useEffect(() => {
    if (data) setDraft(draftOf(data.quote))
  }, [data])
  if (!data) return <Container>{error || loadError?.message || "Loading…"}</Container>
  const q = data.quote
  const run = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
    } catch (e: any) {
      setError(e.message)
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
    })
  const set = (i: number, k: keyof Draft, v: string) =>
    setDraft((d) =>
      d.map((l, j) => (j === i ? { ...l, [k]: v, ...(k === "discount_percent" && v ? { unit_price: "" } : {}) } : l)),
    )
  const editable = q.status === "draft" || q.status === "sent"
  const cell = (k: Exclude<keyof Draft, "sku">, testid: string) => (l: Draft, i: number) => (
    <Input size="small" value={l[k]} onChange={(e) => set(i, k, e.target.value)} data-testid={testid} />
  )
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">
            Quote Q-{q.display_id} <Badge data-testid="admin-quote-status">{q.status}</Badge>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {q.company_name} · {q.customer_name} · valid until {day(q.valid_until)} · PO {q.po_number ?? "—"}
            {q.order ? (
              <>
                {" "}
                · order{" "}
                <Link to={`/orders/${q.order.id}`} className="text-ui-fg-interactive">
                  #{q.order.display_id}
                </Link>
              </>
            ) : null}
          </Text>
        </div>
        <div className="flex gap-x-2">
          <a href={`/admin/ordo/quotes/${q.id}/pdf?lang=en`} target="_blank" rel="noreferrer">
            PDF EN
          </a>
          <a href={`/admin/ordo/quotes/${q.id}/pdf?lang=zh-CN`} target="_blank" rel="noreferrer">
            PDF 中文
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
            Revise (saves version {q.current_version + 1})
          </Heading>
          <DataTable
            rows={draft}
            rowKey={(l) => l.sku}
            rowProps={(l) => ({ "data-testid": "revise-line", "data-sku": l.sku })}
            columns={[
              { key: "sku", header: "SKU", cell: (l) => l.sku },
              { key: "qty", header: "Qty", cell: cell("quantity", "revise-qty") },
              { key: "price", header: "Unit price", cell: cell("unit_price", "revise-price") },
              { key: "discount", header: "or discount %", cell: cell("discount_percent", "revise-discount") },
            ]}
          />
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Input placeholder="Note for the buyer (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={save} data-testid="save-version">
                Save new version
              </Button>
              {q.status === "draft" ? (
                <>
                  <Input type="date" size="small" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
                  <Button
                    size="small"
                    onClick={() => run(() => sendQuote.mutateAsync(validUntil ? { valid_until: validUntil } : {}))}
                    data-testid="send-quote"
                  >
                    Send to buyer
                  </Button>
                </>
              ) : null}
            </div>
          </div>
        </Container>
      ) : null}
      {[...q.versions].reverse().map((v: any) => (
        <Container key={v.id} className="p-0" data-testid="admin-quote-version">
          <div className="px-6 py-3">
            <Text weight="plus">
              Version {v.version} · {v.author_name} · {day(v.created_at)} · {money(v.total, q.currency_code)}
            </Text>
            {v.changes.length ? (
              <Text size="small" className="text-ui-fg-subtle">
                {v.changes
                  .map((c: any) =>
                    c.kind === "changed" ? `${c.sku} ${c.field} ${c.from} → ${c.to}` : `${c.sku} ${c.kind}`,
                  )
                  .join("; ")}
              </Text>
            ) : null}
          </div>
          <DataTable
            rows={v.lines as any[]}
            rowKey={(l) => l.variant_id}
            columns={[
              { key: "sku", cell: (l) => l.sku },
              { key: "title", cell: (l) => l.title },
              { key: "qty", cell: (l) => l.quantity },
              { key: "list", cell: (l) => `list ${money(l.list_price, q.currency_code)}` },
              { key: "discount", cell: (l) => `${l.discount_percent}%` },
              { key: "price", cell: (l) => money(l.unit_price, q.currency_code) },
            ]}
          />
        </Container>
      ))}
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Messages</Heading>
        {q.messages.map((m: any) => (
          <Text key={m.id} size="small">
            <b>{m.author_name}</b> ({day(m.created_at)}): {m.body}
          </Text>
        ))}
        <Textarea rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
        <Button
          size="small"
          variant="secondary"
          onClick={() =>
            run(async () => {
              await postMessage.mutateAsync(message)
              setMessage("")
            })
          }
        >
          Post message
        </Button>
      </Container>
      <Container className="grid grid-cols-2 gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Last prices paid</Heading>
          {data.last_prices.length === 0 ? <Text size="small">No orders yet.</Text> : null}
          {data.last_prices.map((p: any) => (
            <Text key={p.variant_id} size="small">
              {p.sku}: {money(p.unit_price, p.currency_code ?? q.currency_code)} × {p.quantity} (order #
              {p.order_display_id}, {day(p.ordered_at)})
            </Text>
          ))}
        </div>
        <div>
          <Heading level="h2">Earlier quotes</Heading>
          {data.earlier_quotes.map((e: any) => (
            <Text key={e.id} size="small">
              <Link to={`/quotes/${e.id}`} className="text-ui-fg-interactive">
                Q-{e.display_id}
              </Link>{" "}
              {e.status} · {day(e.created_at)} · {money(e.total, e.currency_code)}
            </Text>
          ))}
        </div>
      </Container>
    </div>
  )
}

export default QuotePage
