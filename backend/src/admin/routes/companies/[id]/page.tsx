import { Button, Container, Heading, Input, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { STAFF_ENTRY_FORMAT } from "../../../../domain/order-lines"
import { CreditPanel } from "../../../components/credit-panel"
import { DataTable } from "../../../components/ui/data-table"
import { NativeSelect } from "../../../components/ui/native-select"
import {
  useAddCompanyAddress,
  useAttachBuyer,
  useCompany,
  useRemoveBuyer,
  useRemoveCompanyAddress,
  useUpdateBuyer,
  useUpdateCompany,
} from "../../../hooks/companies"
import { useCreateQuote } from "../../../hooks/quotes"
import { day, money, splitAliases } from "../../../lib/format"
import { readLines } from "../../../lib/lines"

const ADDRESS = { label: "", address_1: "", city: "", postal_code: "", country_code: "cn" }
const BUYER_ROLES = [
  ["admin", "admin"],
  ["buyer", "buyer"],
  ["finance", "finance"],
] as const

/** One company: buyers with roles and limits, addresses, price list, credit, quotes; new quote. */
const CompanyPage = () => {
  const id = useParams().id as string
  const navigate = useNavigate()
  const { t } = useTranslation()
  const { data, error: loadError } = useCompany(id)
  const updateCompany = useUpdateCompany(id)
  const attachBuyer = useAttachBuyer(id)
  const updateBuyer = useUpdateBuyer(id)
  const removeBuyer = useRemoveBuyer(id)
  const addAddress = useAddCompanyAddress(id)
  const removeAddress = useRemoveCompanyAddress(id)
  const createQuote = useCreateQuote()
  const [error, setError] = useState("")
  const [buyer, setBuyer] = useState("")
  const [text, setText] = useState("")
  const [edit, setEdit] = useState({ legal_name: "", aliases: "", tax_id: "" })
  const [address, setAddress] = useState(ADDRESS)
  const [attachEmail, setAttachEmail] = useState("")
  // Every (re)load resets the edit form and picks the first buyer when none is picked.
  useEffect(() => {
    if (!data) return
    setBuyer((b) => b || (data.company.buyers?.[0]?.customer?.id ?? ""))
    setEdit({
      legal_name: data.company.legal_name,
      aliases: (data.company.aliases ?? []).join(", "),
      tax_id: data.company.tax_id ?? "",
    })
  }, [data])
  const run = async (fn: () => Promise<unknown>) => {
    setError("")
    try {
      await fn()
      return true
    } catch (e: any) {
      setError(e.message)
      return false
    }
  }
  if (loadError && !data) return <Container>{loadError.message}</Container>
  if (!data) return <Container>Loading…</Container>
  const c = data.company
  const newQuote = async () => {
    setError("")
    const { lines, problems } = readLines(text, STAFF_ENTRY_FORMAT, t)
    if (problems.length || !lines.length)
      return setError(problems.join("; ") || "Enter at least one line: SKU qty [price]")
    await run(async () => {
      const r = await createQuote.mutateAsync({
        company_id: c.id,
        customer_id: buyer,
        lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity, ...(l.amount ? { unit_price: l.amount } : {}) })),
      })
      navigate(`/quotes/${r.quote.id}`)
    })
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
                updateCompany.mutateAsync({
                  legal_name: edit.legal_name,
                  tax_id: edit.tax_id || null,
                  aliases: splitAliases(edit.aliases),
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
        <DataTable
          rows={(c.buyers ?? []) as any[]}
          rowKey={(b) => b.id}
          columns={[
            {
              key: "name",
              header: "Name",
              cell: (b) => [b.customer?.first_name, b.customer?.last_name].filter(Boolean).join(" "),
            },
            { key: "email", header: "E-mail", cell: (b) => b.customer?.email },
            {
              key: "role",
              header: "Role",
              cell: (b) => (
                <NativeSelect
                  bare
                  aria-label="Role"
                  defaultValue={b.role}
                  options={BUYER_ROLES}
                  onChange={(role) => run(() => updateBuyer.mutateAsync({ buyerId: b.id, role }))}
                />
              ),
            },
            {
              key: "limit",
              header: "Spending limit",
              cell: (b) => (
                <Input
                  size="small"
                  aria-label="Spending limit"
                  defaultValue={b.spending_limit ?? ""}
                  placeholder={`No limit (${c.currency_code.toUpperCase()})`}
                  onBlur={(e) =>
                    run(() => updateBuyer.mutateAsync({ buyerId: b.id, spending_limit: e.target.value.trim() || null }))
                  }
                />
              ),
            },
            {
              key: "remove",
              header: "",
              cell: (b) => (
                <Button size="small" variant="transparent" onClick={() => run(() => removeBuyer.mutateAsync(b.id))}>
                  Remove
                </Button>
              ),
            },
          ]}
        />
        <div className="flex items-center gap-2 px-6 py-4">
          <Input
            size="small"
            placeholder="Customer e-mail"
            value={attachEmail}
            onChange={(e) => setAttachEmail(e.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={async () => (await run(() => attachBuyer.mutateAsync(attachEmail))) && setAttachEmail("")}
          >
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
              <Button size="small" variant="transparent" onClick={() => run(() => removeAddress.mutateAsync(a.id))}>
                Remove
              </Button>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2 px-6 pb-4">
          {(Object.keys(ADDRESS) as (keyof typeof ADDRESS)[]).map((k) => (
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
            onClick={() => run(() => addAddress.mutateAsync(address)).then(() => setAddress(ADDRESS))}
          >
            Add address
          </Button>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Quotes
        </Heading>
        <DataTable
          rows={(data.quotes ?? []) as any[]}
          rowKey={(q) => q.id}
          columns={[
            {
              key: "quote",
              cell: (q) => (
                <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                  Q-{q.display_id}
                </Link>
              ),
            },
            { key: "status", cell: (q) => q.status },
            { key: "date", cell: (q) => day(q.created_at) },
            { key: "total", cell: (q) => money(q.total, q.currency_code) },
          ]}
        />
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
          <Button size="small" onClick={newQuote} data-testid="new-quote-submit">
            Create draft quote
          </Button>
        </div>
      </Container>
    </div>
  )
}

export default CompanyPage
