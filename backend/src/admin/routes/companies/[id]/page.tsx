import { Button, Container, Heading, Input, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { CreditPanel } from "../../../components/credit-panel"
import { adminApi, day, money, parseQuoteLines } from "../../../lib/api"

/** One company: buyers with roles and limits, addresses, price list, credit (placeholder), quotes; new quote. */
const CompanyPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const [data, setData] = useState<any>(null)
  const [error, setError] = useState("")
  const [buyer, setBuyer] = useState("")
  const [text, setText] = useState("")
  const [edit, setEdit] = useState({ legal_name: "", aliases: "", tax_id: "" })
  const [address, setAddress] = useState({ label: "", address_1: "", city: "", postal_code: "", country_code: "cn" })
  const [attachEmail, setAttachEmail] = useState("")
  const load = useCallback(
    () =>
      adminApi(`/admin/ordo/companies/${id}`).then((r) => {
        setData(r)
        setBuyer((b) => b || (r.company.buyers?.[0]?.customer?.id ?? ""))
        setEdit({
          legal_name: r.company.legal_name,
          aliases: (r.company.aliases ?? []).join(", "),
          tax_id: r.company.tax_id ?? "",
        })
      }),
    [id],
  )
  useEffect(() => {
    load().catch((e) => setError(e.message))
  }, [load])
  const run = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
      await load()
    } catch (e: any) {
      setError(e.message)
    }
  }
  const attach = () =>
    run(async () => {
      const found = await adminApi(`/admin/customers?q=${encodeURIComponent(attachEmail)}&limit=5`)
      const customer = found.customers.find((c: any) => c.email === attachEmail.trim().toLowerCase())
      if (!customer) throw new Error(`No customer with e-mail ${attachEmail}`)
      await adminApi(`/admin/ordo/companies/${id}/buyers`, {
        method: "POST",
        body: { customer_id: customer.id, role: "buyer" },
      })
      setAttachEmail("")
    })
  if (error && !data) return <Container>{error}</Container>
  if (!data) return <Container>Loading…</Container>
  const c = data.company
  const createQuote = async () => {
    setError("")
    const { lines, errors } = parseQuoteLines(text)
    if (errors.length || !lines.length) return setError(errors.join("; ") || "Enter at least one line: SKU qty [price]")
    try {
      const r = await adminApi("/admin/ordo/quotes", {
        method: "POST",
        body: { company_id: c.id, customer_id: buyer, lines },
      })
      navigate(`/quotes/${r.quote.id}`)
    } catch (e: any) {
      setError(e.message)
    }
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{c.legal_name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {(c.aliases ?? []).join(" · ")} · Tax id {c.tax_id ?? "—"} · {c.currency_code.toUpperCase()} · {c.locale}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2 px-6 py-4">
          <Input
            size="small"
            value={edit.legal_name}
            onChange={(e) => setEdit({ ...edit, legal_name: e.target.value })}
          />
          <Input
            size="small"
            placeholder="Aliases, comma separated"
            value={edit.aliases}
            onChange={(e) => setEdit({ ...edit, aliases: e.target.value })}
          />
          <Input
            size="small"
            placeholder="Tax id"
            value={edit.tax_id}
            onChange={(e) => setEdit({ ...edit, tax_id: e.target.value })}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              run(() =>
                adminApi(`/admin/ordo/companies/${id}`, {
                  method: "POST",
                  body: {
                    legal_name: edit.legal_name,
                    tax_id: edit.tax_id || null,
                    aliases: edit.aliases
                      .split(",")
                      .map((a) => a.trim())
                      .filter(Boolean),
                  },
                }),
              )
            }
          >
            Save
          </Button>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4">
          <div>
            <Text weight="plus">Price list</Text>
            {c.customer_group ? (
              <Link to={`/customer-groups/${c.customer_group.id}`} className="text-ui-fg-interactive">
                {c.customer_group.name}
              </Link>
            ) : (
              <Text>—</Text>
            )}
            {(data.price_lists ?? []).map((p: any) => (
              <Text key={p.id} size="small">
                <Link to={`/price-lists/${p.id}`} className="text-ui-fg-interactive">
                  {p.title}
                </Link>{" "}
                ({p.status})
              </Text>
            ))}
          </div>
          <div>
            <CreditPanel companyId={c.id} currency={c.currency_code} />
          </div>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Buyers
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Spending limit</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(c.buyers ?? []).map((b: any) => (
              <Table.Row key={b.id}>
                <Table.Cell>{[b.customer?.first_name, b.customer?.last_name].filter(Boolean).join(" ")}</Table.Cell>
                <Table.Cell>{b.customer?.email}</Table.Cell>
                <Table.Cell>
                  <select
                    aria-label="Role"
                    defaultValue={b.role}
                    onChange={(e) =>
                      run(() =>
                        adminApi(`/admin/ordo/companies/${id}/buyers/${b.id}`, {
                          method: "POST",
                          body: { role: e.target.value },
                        }),
                      )
                    }
                  >
                    <option value="admin">admin</option>
                    <option value="buyer">buyer</option>
                    <option value="finance">finance</option>
                  </select>
                </Table.Cell>
                <Table.Cell>
                  <Input
                    size="small"
                    aria-label="Spending limit"
                    defaultValue={b.spending_limit ?? ""}
                    placeholder={`No limit (${c.currency_code.toUpperCase()})`}
                    onBlur={(e) =>
                      run(() =>
                        adminApi(`/admin/ordo/companies/${id}/buyers/${b.id}`, {
                          method: "POST",
                          body: { spending_limit: e.target.value.trim() || null },
                        }),
                      )
                    }
                  />
                </Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() =>
                      run(() => adminApi(`/admin/ordo/companies/${id}/buyers/${b.id}`, { method: "DELETE" }))
                    }
                  >
                    Remove
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex items-center gap-2 px-6 py-4">
          <Input
            size="small"
            placeholder="Customer e-mail"
            value={attachEmail}
            onChange={(e) => setAttachEmail(e.target.value)}
          />
          <Button size="small" variant="secondary" onClick={attach}>
            Add existing customer
          </Button>
          <Text size="small" className="text-ui-fg-subtle">
            New colleagues are invited by the company admin from the storefront.
          </Text>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Addresses
        </Heading>
        <div className="grid grid-cols-3 gap-4 px-6 pb-4">
          {(c.addresses ?? []).map((a: any) => (
            <div key={a.id}>
              <Text weight="plus">
                {a.label}
                {a.is_billing ? " (billing)" : ""}
              </Text>
              <Text size="small">
                {a.address_1}, {a.city} {a.postal_code}, {a.country_code?.toUpperCase()}
              </Text>
              <Button
                size="small"
                variant="transparent"
                onClick={() =>
                  run(() => adminApi(`/admin/ordo/companies/${id}/addresses/${a.id}`, { method: "DELETE" }))
                }
              >
                Remove
              </Button>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2 px-6 pb-4">
          {(["label", "address_1", "city", "postal_code", "country_code"] as const).map((k) => (
            <Input
              key={k}
              size="small"
              placeholder={k}
              value={address[k]}
              onChange={(e) => setAddress({ ...address, [k]: e.target.value })}
            />
          ))}
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              run(() => adminApi(`/admin/ordo/companies/${id}/addresses`, { method: "POST", body: address })).then(() =>
                setAddress({ label: "", address_1: "", city: "", postal_code: "", country_code: "cn" }),
              )
            }
          >
            Add address
          </Button>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Quotes
        </Heading>
        <Table>
          <Table.Body>
            {(data.quotes ?? []).map((q: any) => (
              <Table.Row key={q.id}>
                <Table.Cell>
                  <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                    Q-{q.display_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{q.status}</Table.Cell>
                <Table.Cell>{day(q.created_at)}</Table.Cell>
                <Table.Cell>{money(q.total, q.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text weight="plus">New quote</Text>
          <Select value={buyer} onValueChange={setBuyer}>
            <Select.Trigger>
              <Select.Value placeholder="Buyer" />
            </Select.Trigger>
            <Select.Content>
              {(c.buyers ?? []).map((b: any) => (
                <Select.Item key={b.customer?.id} value={b.customer?.id}>
                  {b.customer?.email}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Textarea
            rows={4}
            placeholder={"SKU qty [unit price]\nBOLT-M8 100 0.95"}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="new-quote-lines"
          />
          {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
          <Button size="small" onClick={createQuote} data-testid="new-quote-submit">
            Create draft quote
          </Button>
        </div>
      </Container>
    </div>
  )
}

export default CompanyPage
