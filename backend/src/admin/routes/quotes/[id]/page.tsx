import { Badge, Button, Container, Heading, Input, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { adminApi, day, money } from "../../../lib/api"

type Draft = { sku: string; quantity: string; unit_price: string; discount_percent: string }

/** A quote for staff: every version, a line editor that saves a new version, send, thread, history beside it. */
const QuotePage = () => {
  const { id } = useParams()
  const [data, setData] = useState<any>(null)
  const [draft, setDraft] = useState<Draft[]>([])
  const [note, setNote] = useState("")
  const [validUntil, setValidUntil] = useState("")
  const [message, setMessage] = useState("")
  const [error, setError] = useState("")
  const load = useCallback(
    () =>
      adminApi(`/admin/ordo/quotes/${id}`).then((r) => {
        setData(r)
        const current = r.quote.versions.find((v: any) => v.version === r.quote.current_version)
        setDraft(
          (current?.lines ?? []).map((l: any) => ({
            sku: l.sku,
            quantity: String(l.quantity),
            unit_price: l.unit_price,
            discount_percent: "",
          })),
        )
      }),
    [id],
  )
  useEffect(() => {
    load().catch((e) => setError(e.message))
  }, [load])
  if (!data) return <Container>{error || "Loading…"}</Container>
  const q = data.quote
  const run = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
      await load()
    } catch (e: any) {
      setError(e.message)
    }
  }
  const saveVersion = () =>
    run(() =>
      adminApi(`/admin/ordo/quotes/${id}/versions`, {
        method: "POST",
        body: {
          note: note || undefined,
          lines: draft.map((l) => ({
            sku: l.sku,
            quantity: Number(l.quantity),
            ...(l.discount_percent ? { discount_percent: l.discount_percent } : { unit_price: l.unit_price }),
          })),
        },
      }).then(() => setNote("")),
    )
  const set = (i: number, k: keyof Draft, v: string) =>
    setDraft((d) =>
      d.map((l, j) => (j === i ? { ...l, [k]: v, ...(k === "discount_percent" && v ? { unit_price: "" } : {}) } : l)),
    )
  const editable = q.status === "draft" || q.status === "sent"
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
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>SKU</Table.HeaderCell>
                <Table.HeaderCell>Qty</Table.HeaderCell>
                <Table.HeaderCell>Unit price</Table.HeaderCell>
                <Table.HeaderCell>or discount %</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {draft.map((l, i) => (
                <Table.Row key={l.sku} data-testid="revise-line" data-sku={l.sku}>
                  <Table.Cell>{l.sku}</Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      value={l.quantity}
                      onChange={(e) => set(i, "quantity", e.target.value)}
                      data-testid="revise-qty"
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      value={l.unit_price}
                      onChange={(e) => set(i, "unit_price", e.target.value)}
                      data-testid="revise-price"
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      size="small"
                      value={l.discount_percent}
                      onChange={(e) => set(i, "discount_percent", e.target.value)}
                      data-testid="revise-discount"
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Input placeholder="Note for the buyer (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={saveVersion} data-testid="save-version">
                Save new version
              </Button>
              {q.status === "draft" ? (
                <>
                  <Input type="date" size="small" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
                  <Button
                    size="small"
                    onClick={() =>
                      run(() =>
                        adminApi(`/admin/ordo/quotes/${id}/send`, {
                          method: "POST",
                          body: validUntil ? { valid_until: validUntil } : {},
                        }),
                      )
                    }
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
          <Table>
            <Table.Body>
              {v.lines.map((l: any) => (
                <Table.Row key={l.variant_id}>
                  <Table.Cell>{l.sku}</Table.Cell>
                  <Table.Cell>{l.title}</Table.Cell>
                  <Table.Cell>{l.quantity}</Table.Cell>
                  <Table.Cell>list {money(l.list_price, q.currency_code)}</Table.Cell>
                  <Table.Cell>{l.discount_percent}%</Table.Cell>
                  <Table.Cell>{money(l.unit_price, q.currency_code)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
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
            run(() =>
              adminApi(`/admin/ordo/quotes/${id}/messages`, { method: "POST", body: { body: message } }).then(() =>
                setMessage(""),
              ),
            )
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
              {p.sku}: {money(p.unit_price, q.currency_code)} × {p.quantity} (order #{p.order_display_id},{" "}
              {day(p.ordered_at)})
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
