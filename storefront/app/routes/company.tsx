import { Form, Link, redirect } from "react-router"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { backendAction } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import { formToObject } from "../lib/schemas"
import type { Route } from "./+types/company"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "company.title")
}

type Buyer = {
  id: string
  role: string
  spending_limit: number | null
  customer: { email: string; first_name: string | null; last_name: string | null }
}
type Invite = { id: string; email: string; role: string; expires_at: string }
type Company = { id: string; legal_name: string; currency_code: string; buyers: Buyer[]; invites: Invite[] }

/** The company profile: its people, and everything it has going on (orders, quotes, approvals). */
export async function loader({ request }: Route.LoaderArgs) {
  const [profile, orderList, { quotes }, { approvals }] = await Promise.all([
    buyerRequest<{ company: Company; role: string; buyer_id: string }>(request, "/store/ordo/company"),
    buyerRequest<{ orders: { ordo_status: string }[]; count?: number }>(request, "/store/ordo/orders"),
    buyerRequest<{ quotes: { status: string }[] }>(request, "/store/ordo/quotes"),
    buyerRequest<{ approvals: { status: string }[] }>(request, "/store/ordo/approvals"),
  ])
  return {
    ...profile,
    summary: {
      orders: orderList.count ?? orderList.orders.length,
      openQuotes: quotes.filter((q) => q.status === "draft" || q.status === "sent").length,
      quotes: quotes.length,
      waiting: approvals.filter((a) => a.status === "pending").length,
    },
  }
}

export async function action({ request }: Route.ActionArgs) {
  const f = formToObject(await request.formData())
  const limit = (x: string | undefined) => (x?.trim() ? x.trim() : null)
  const r = await backendAction(async () => {
    if (f.intent === "invite") {
      return buyerRequest<{ accept_url: string }>(request, "/store/ordo/company/invites", {
        method: "POST",
        body: { email: f.email ?? "", role: f.role ?? "buyer", spending_limit: limit(f.spending_limit) },
      })
    }
    if (f.intent === "update") {
      return buyerRequest(request, `/store/ordo/company/buyers/${encodeURIComponent(f.buyer_id ?? "")}`, {
        method: "POST",
        body: { role: f.role, spending_limit: limit(f.spending_limit) },
      })
    }
    if (f.intent === "remove") {
      return buyerRequest(request, `/store/ordo/company/buyers/${encodeURIComponent(f.buyer_id ?? "")}`, {
        method: "DELETE",
      })
    }
    return buyerRequest(request, `/store/ordo/company/invites/${encodeURIComponent(f.invite_id ?? "")}`, {
      method: "DELETE",
    })
  })
  if (!r.ok) return r.response
  if (f.intent === "invite") return { invited: (r.value as { accept_url: string }).accept_url }
  return redirect("/company")
}

const ROLES = ["admin", "buyer", "finance"] as const

export default function CompanyPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { company, role, buyer_id, summary } = loaderData
  const isAdmin = role === "admin"
  return (
    <>
      <div className="page-head">
        <h1>{company.legal_name}</h1>
      </div>
      {actionData && "error" in actionData ? (
        <Notice kind="error">{translateBackendMessage(actionData.error, lang)}</Notice>
      ) : null}
      {actionData && "invited" in actionData ? (
        <Notice kind="success" testId="invite-sent">
          {t("company.invited")} <code data-testid="invite-link">{actionData.invited}</code>
        </Notice>
      ) : null}
      <ul className="row summary-links" data-testid="company-summary">
        <li>
          <Link to="/orders">{t("company.summaryOrders", { count: summary.orders })}</Link>
        </li>
        <li>
          <Link to="/quotes">{t("company.summaryQuotes", { count: summary.quotes, open: summary.openQuotes })}</Link>
        </li>
        <li>
          <Link to="/approvals">{t("company.summaryApprovals", { count: summary.waiting })}</Link>
        </li>
        <li>
          <Link to="/invoices">{t("company.summaryInvoices")}</Link>
        </li>
      </ul>
      <h2>{t("company.users")}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t("company.name")}</th>
              <th>{t("company.role")}</th>
              <th>{t("company.limit")}</th>
              {isAdmin ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {company.buyers.map((b) => (
              <tr key={b.id} data-testid="company-user" data-email={b.customer.email}>
                <td data-label={t("company.name")}>
                  {[b.customer.first_name, b.customer.last_name].filter(Boolean).join(" ")}{" "}
                  <span className="muted">{b.customer.email}</span>
                </td>
                {isAdmin ? (
                  <td colSpan={3}>
                    <Form method="post" className="row">
                      <input type="hidden" name="buyer_id" value={b.id} />
                      <select name="role" defaultValue={b.role} aria-label={t("company.role")}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {tr(`company.roles.${r}`, r)}
                          </option>
                        ))}
                      </select>
                      <input
                        name="spending_limit"
                        defaultValue={b.spending_limit ?? ""}
                        placeholder={t("company.noLimit")}
                        aria-label={t("company.limit")}
                        inputMode="decimal"
                      />
                      <button type="submit" name="intent" value="update" className="button">
                        {t("company.save")}
                      </button>
                      {b.id !== buyer_id ? (
                        <button type="submit" name="intent" value="remove" className="link-button link-danger">
                          {t("cart.remove")}
                        </button>
                      ) : null}
                    </Form>
                  </td>
                ) : (
                  <>
                    <td data-label={t("company.role")}>{tr(`company.roles.${b.role}`, b.role)}</td>
                    <td data-label={t("company.limit")}>
                      {b.spending_limit == null
                        ? t("company.noLimit")
                        : formatMoney(b.spending_limit, company.currency_code, lang)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <>
          {company.invites.length ? (
            <>
              <h3>{t("company.pendingInvites")}</h3>
              <ul>
                {company.invites.map((i) => (
                  <li key={i.id}>
                    {i.email} · {tr(`company.roles.${i.role}`, i.role)}{" "}
                    <Form method="post" style={{ display: "inline" }}>
                      <input type="hidden" name="invite_id" value={i.id} />
                      <button type="submit" name="intent" value="withdraw" className="link-button">
                        {t("company.withdraw")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Form method="post" className="stack card">
            <h2>{t("company.invite")}</h2>
            <label>
              {t("login.email")}
              <input type="email" name="email" required data-testid="invite-email" />
            </label>
            <label>
              {t("company.role")}
              <select name="role" defaultValue="buyer">
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tr(`company.roles.${r}`, r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("company.limit")}
              <input name="spending_limit" placeholder={t("company.noLimit")} inputMode="decimal" />
            </label>
            <button
              type="submit"
              name="intent"
              value="invite"
              className="button button-primary"
              data-testid="invite-submit"
            >
              {t("company.sendInvite")}
            </button>
          </Form>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
