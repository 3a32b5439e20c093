import { Button, Container, Heading, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useParams } from "react-router-dom"
import { STAFF_ENTRY_FORMAT } from "../../../../domain/order-lines"
import { CreditPanel } from "../../../components/credit-panel"
import { DataTable } from "../../../components/ui/data-table"
import { TextField } from "../../../components/ui/form-field"
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
import { CompanyAccount } from "../components/account"
import { SalesRepCard } from "../components/sales-rep-card"

const ADDRESS = { label: "", address_1: "", city: "", postal_code: "", country_code: "cn" }
const BUYER_ROLES = ["admin", "buyer", "finance"] as const

/**
 * One company as a customer 360: its details, price list and credit; orders, invoices, credit notes,
 * payments and statement (components/account.tsx); buyers, addresses and quotes; a new quote.
 */
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
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError("")
    try {
      await fn()
      if (done) toast.success(done)
      return true
    } catch (e: any) {
      setError(e.message)
      return false
    }
  }
  if (loadError && !data) return <Container>{loadError.message}</Container>
  if (!data) return <Container>{t("ordo.finance.loading")}</Container>
  const c = data.company
  const newQuote = async () => {
    setError("")
    const { lines, problems } = readLines(text, STAFF_ENTRY_FORMAT, t)
    if (problems.length || !lines.length)
      return setError(problems.join("; ") || t("ordo.finance.company.quoteLinesMissing"))
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
            {[...(c.aliases ?? []), t("ordo.finance.company.taxIdValue", { taxId: c.tax_id ?? "—" })].join(" · ")} ·{" "}
            {c.currency_code.toUpperCase()} · {c.locale}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-2 px-6 py-4">
          <TextField
            id="company-legal-name"
            label={t("ordo.finance.company.legalName")}
            value={edit.legal_name}
            onChange={(e) => setEdit({ ...edit, legal_name: e.target.value })}
          />
          <TextField
            id="company-aliases"
            label={t("ordo.finance.company.aliases")}
            placeholder={t("ordo.finance.company.aliasesHint")}
            value={edit.aliases}
            onChange={(e) => setEdit({ ...edit, aliases: e.target.value })}
          />
          <TextField
            id="company-tax-id"
            label={t("ordo.finance.company.taxId")}
            value={edit.tax_id}
            onChange={(e) => setEdit({ ...edit, tax_id: e.target.value })}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              run(
                () =>
                  updateCompany.mutateAsync({
                    legal_name: edit.legal_name,
                    tax_id: edit.tax_id || null,
                    aliases: splitAliases(edit.aliases),
                  }),
                t("ordo.finance.company.saved"),
              )
            }
          >
            {t("ordo.finance.save")}
          </Button>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 lg:grid-cols-2">
          <div>
            <Text weight="plus">{t("ordo.finance.company.priceList")}</Text>
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
                ({t(`ordo.finance.company.priceListStatus.${p.status}`, { defaultValue: p.status })})
              </Text>
            ))}
          </div>
          <div>
            <CreditPanel companyId={c.id} currency={c.currency_code} />
          </div>
        </div>
      </Container>
      <SalesRepCard company={c} />
      <CompanyAccount companyId={c.id} currency={c.currency_code} />
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.company.buyers")}
        </Heading>
        <DataTable
          rows={(c.buyers ?? []) as any[]}
          rowKey={(b) => b.id}
          columns={[
            {
              key: "name",
              header: t("ordo.finance.company.name"),
              cell: (b) => [b.customer?.first_name, b.customer?.last_name].filter(Boolean).join(" "),
            },
            { key: "email", header: t("ordo.finance.company.email"), cell: (b) => b.customer?.email },
            {
              key: "role",
              header: t("ordo.finance.company.role"),
              cell: (b) => (
                <NativeSelect
                  bare
                  aria-label={t("ordo.finance.company.role")}
                  defaultValue={b.role}
                  options={BUYER_ROLES.map((r) => [r, t(`ordo.finance.company.roles.${r}`)] as const)}
                  onChange={(role) => run(() => updateBuyer.mutateAsync({ buyerId: b.id, role }))}
                />
              ),
            },
            {
              key: "limit",
              header: t("ordo.finance.company.spendingLimit"),
              cell: (b) => (
                <Input
                  size="small"
                  aria-label={t("ordo.finance.company.spendingLimit")}
                  defaultValue={b.spending_limit ?? ""}
                  placeholder={t("ordo.finance.company.noLimit", { currency: c.currency_code.toUpperCase() })}
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
                  {t("ordo.finance.company.remove")}
                </Button>
              ),
            },
          ]}
        />
        <div className="flex flex-wrap items-end gap-2 px-6 py-4">
          <TextField
            id="attach-buyer-email"
            type="email"
            label={t("ordo.finance.company.customerEmail")}
            value={attachEmail}
            onChange={(e) => setAttachEmail(e.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            onClick={async () => (await run(() => attachBuyer.mutateAsync(attachEmail))) && setAttachEmail("")}
          >
            {t("ordo.finance.company.addCustomer")}
          </Button>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ordo.finance.company.invitesHint")}
          </Text>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.company.addresses")}
        </Heading>
        <div className="grid grid-cols-1 gap-4 px-6 pb-4 md:grid-cols-3">
          {(c.addresses ?? []).map((a: any) => (
            <div key={a.id}>
              <Text weight="plus">
                {a.label}
                {a.is_billing ? ` (${t("ordo.finance.company.billing")})` : ""}
              </Text>
              <Text size="small">
                {a.address_1}, {a.city} {a.postal_code}, {a.country_code?.toUpperCase()}
              </Text>
              <Button size="small" variant="transparent" onClick={() => run(() => removeAddress.mutateAsync(a.id))}>
                {t("ordo.finance.company.remove")}
              </Button>
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-end gap-2 px-6 pb-4">
          {(Object.keys(ADDRESS) as (keyof typeof ADDRESS)[]).map((k) => (
            <TextField
              key={k}
              id={`address-${k}`}
              label={t(`ordo.finance.company.address.${k}`)}
              value={address[k]}
              onChange={(e) => setAddress({ ...address, [k]: e.target.value })}
            />
          ))}
          <Button
            size="small"
            variant="secondary"
            onClick={() => run(() => addAddress.mutateAsync(address)).then(() => setAddress(ADDRESS))}
          >
            {t("ordo.finance.company.addAddress")}
          </Button>
        </div>
      </Container>
      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("ordo.finance.company.quotes")}
        </Heading>
        <DataTable
          rows={(data.quotes ?? []) as any[]}
          rowKey={(q) => q.id}
          empty={t("ordo.finance.company.noQuotes")}
          columns={[
            {
              key: "quote",
              header: t("ordo.finance.company.quote"),
              cell: (q) => (
                <Link to={`/quotes/${q.id}`} className="text-ui-fg-interactive">
                  Q-{q.display_id}
                </Link>
              ),
            },
            {
              key: "status",
              header: t("ordo.finance.invoices.status"),
              cell: (q) => t(`ordo.finance.quoteStatus.${q.status}`, { defaultValue: q.status }),
            },
            { key: "date", header: t("ordo.finance.account.date"), cell: (q) => day(q.created_at) },
            {
              key: "total",
              header: t("ordo.finance.total"),
              align: "right",
              cell: (q) => money(q.total, q.currency_code),
            },
          ]}
        />
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text weight="plus">{t("ordo.finance.company.newQuote")}</Text>
          <Select value={buyer} onValueChange={setBuyer}>
            <Select.Trigger aria-label={t("ordo.finance.company.buyer")}>
              <Select.Value placeholder={t("ordo.finance.company.buyer")} />
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
            aria-label={t("ordo.finance.company.quoteLines")}
            placeholder={"SKU qty [unit price]\nBOLT-M8 100 0.95"}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="new-quote-lines"
          />
          {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
          <Button size="small" onClick={newQuote} data-testid="new-quote-submit">
            {t("ordo.finance.company.createQuote")}
          </Button>
        </div>
      </Container>
    </div>
  )
}

export default CompanyPage
