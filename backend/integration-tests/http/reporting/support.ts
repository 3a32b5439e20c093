import { api, loginAdmin } from "../../../../tests/support/api"
import { sql } from "../../../../tests/support/db"
import { REBUILD_SQL } from "../../../src/modules/reporting/service"

/** A new staff user with the given roles (invited and accepted as Medusa does it); their id and a token. */
export async function staffUser(email: string, roles: string[]) {
  const manager = await loginAdmin()
  const invite = await api("POST", "/admin/invites", { token: manager, body: { email } })
  if (invite.status !== 200) throw new Error(`invite ${email}: ${invite.status} ${JSON.stringify(invite.body)}`)
  const reg = await api("POST", "/auth/user/emailpass/register", { body: { email, password: "ordo-staff" } })
  if (reg.status !== 200) throw new Error(`register ${email}: ${reg.status} ${JSON.stringify(reg.body)}`)
  const accepted = await api("POST", `/admin/invites/accept?token=${invite.body.invite.token}`, {
    token: reg.body.token,
    body: { email, first_name: "Test", last_name: "Rep" },
  })
  if (accepted.status !== 200) throw new Error(`accept ${email}: ${accepted.status} ${JSON.stringify(accepted.body)}`)
  const userId = accepted.body.user.id as string
  const set = await api("POST", `/admin/ordo/staff/${userId}`, { token: manager, body: { roles } })
  if (set.status !== 200) throw new Error(`roles ${email}: ${set.status} ${JSON.stringify(set.body)}`)
  const login = await api("POST", "/auth/user/emailpass", { body: { email, password: "ordo-staff" } })
  return { userId, token: login.body.token as string }
}

/**
 * Moves placed orders to another day, as if they had been placed then: the order's created_at and
 * its sales facts (order and lines) move together, then the rollups are rebuilt from the facts
 * (ReportingModuleService.rebuildRollups' SQL, in one transaction under its lock) — the same
 * result the incremental rollups would hold had the orders been placed that day.
 */
export async function moveOrdersTo(orderIds: string[], day: string) {
  const at = `${day}T04:00:00Z` // noon in Shanghai: the same calendar day in the seller's time zone
  await sql('update "order" set created_at = $2::timestamptz where id = any($1::text[])', [orderIds, at])
  await sql(
    "update sales_order_fact set day = $2::date, placed_at = $3::timestamptz where order_id = any($1::text[])",
    [orderIds, day, at],
  )
  await sql("update sales_line_fact set day = $2::date where order_id = any($1::text[])", [orderIds, day])
  await rebuildRollups()
}

export async function rebuildRollups() {
  await sql(
    ["begin", "select pg_advisory_xact_lock(hashtext('ordo:sales-rollups'))", ...REBUILD_SQL, "commit"].join(";\n"),
  )
}
