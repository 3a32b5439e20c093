import { Link, redirect } from "react-router"
import { ApprovalHistory, approvalDecisionBody } from "../components/approval-history"
import { Notice } from "../components/form-bits"
import { RouteErrorBoundary } from "../components/route-error"
import { metaTitle } from "../i18n"
import { useTranslation } from "../i18n/use-translation"
import { type ApprovalView, backendAction } from "../lib/b2b.server"
import { translateBackendMessage } from "../lib/backend-messages"
import { buyerRequest } from "../lib/buyer.server"
import { formatMoney } from "../lib/money"
import { formToObject } from "../lib/schemas"
import type { Route } from "./+types/approvals"

export function meta({ matches }: Route.MetaArgs) {
  return metaTitle(matches, "approvals.title")
}

/** Company admins: the orders waiting for them; other buyers: their own orders' approvals. */
export async function loader({ request }: Route.LoaderArgs) {
  return buyerRequest<{ approvals: ApprovalView[]; role?: string }>(request, "/store/ordo/approvals")
}

export async function action({ request }: Route.ActionArgs) {
  const { id, body } = approvalDecisionBody(formToObject(await request.formData()))
  const r = await backendAction(() =>
    buyerRequest(request, `/store/ordo/approvals/${encodeURIComponent(id)}/decision`, { method: "POST", body }),
  )
  if (!r.ok) return r.response
  return redirect("/approvals")
}

export default function Approvals({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tr, lang } = useTranslation()
  const { approvals, role } = loaderData
  const pending = approvals.filter((a) => a.status === "pending")
  const decided = approvals.filter((a) => a.status !== "pending")
  return (
    <>
      <div className="page-head">
        <h1>{t("approvals.title")}</h1>
      </div>
      {actionData && "error" in actionData ? (
        <Notice kind="error">{translateBackendMessage(actionData.error, lang)}</Notice>
      ) : null}
      {pending.length === 0 ? <p className="empty">{t("approvals.none")}</p> : null}
      {pending.map((a) => (
        <div key={a.id} className="card" data-testid="approval-card">
          <p>
            <Link to={`/orders/${a.order_id}`}>#{a.order?.display_id}</Link> · {a.requested_by_name} ·{" "}
            {formatMoney(a.order_total, a.currency_code, lang)} · PO {a.po_number ?? "—"}
          </p>
          <ApprovalHistory
            approval={a}
            canDecide={role === "admin" && a.levels.find((l) => l.waiting)?.role === "company_admin"}
          />
        </div>
      ))}
      {decided.length ? (
        <>
          <h2>{t("approvals.decided")}</h2>
          <ul>
            {decided.map((a) => (
              <li key={a.id}>
                <Link to={`/orders/${a.order_id}`}>#{a.order?.display_id}</Link> ·{" "}
                {tr(`approval.status.${a.status}`, a.status)} · {formatMoney(a.order_total, a.currency_code, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />
}
