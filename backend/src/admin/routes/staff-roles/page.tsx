import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminApi } from "../../lib/api"

type StaffRow = { user_id: string; email: string; name: string; roles: string[] }
type RoleInfo = { role: string; label: string; rights: string[] }

/** Staff roles: who may do what. Managers change them; everyone else sees them. */
const StaffRolesPage = () => {
  const { t } = useTranslation()
  const [staff, setStaff] = useState<StaffRow[]>([])
  const [roles, setRoles] = useState<RoleInfo[]>([])
  const [draft, setDraft] = useState<Record<string, string[]>>({})
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      adminApi("/admin/ordo/staff").then((r) => {
        setStaff(r.staff)
        setRoles(r.roles)
        setDraft(Object.fromEntries(r.staff.map((s: StaffRow) => [s.user_id, s.roles])))
      }),
    [],
  )
  useEffect(() => {
    load().catch((e) => setError(e.message))
  }, [load])
  const toggle = (userId: string, role: string) =>
    setDraft((d) => {
      const current = d[userId] ?? []
      return { ...d, [userId]: current.includes(role) ? current.filter((r) => r !== role) : [...current, role] }
    })
  const save = async (row: StaffRow) => {
    setError(null)
    try {
      await adminApi(`/admin/ordo/staff/${row.user_id}`, { method: "POST", body: { roles: draft[row.user_id] ?? [] } })
      toast.success(t("ordo.staff.saved", { name: row.name }))
      await load()
    } catch (e: any) {
      setError(e.message)
    }
  }
  const changed = (row: StaffRow) => [...(draft[row.user_id] ?? [])].sort().join() !== [...row.roles].sort().join()
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("ordo.staff.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.staff.intro")}
        </Text>
        {error ? (
          <Text size="small" className="text-ui-fg-error mt-2" data-testid="staff-roles-error">
            {error}
          </Text>
        ) : null}
      </Container>
      <Container className="overflow-x-auto p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ordo.staff.person")}</Table.HeaderCell>
              {roles.map((r) => (
                <Table.HeaderCell key={r.role} className="whitespace-nowrap">
                  {t(`ordo.staff.roles.${r.role}`, { defaultValue: r.label })}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {staff.map((s) => (
              <Table.Row key={s.user_id} data-testid={`staff-row-${s.email}`}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">
                      {s.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {s.email}
                    </Text>
                    {!s.roles.length ? (
                      <Badge size="2xsmall" className="mt-1 w-fit">
                        {t("ordo.staff.none")}
                      </Badge>
                    ) : null}
                  </div>
                </Table.Cell>
                {roles.map((r) => (
                  <Table.Cell key={r.role}>
                    <Checkbox
                      aria-label={`${s.email} ${r.role}`}
                      checked={(draft[s.user_id] ?? []).includes(r.role)}
                      onCheckedChange={() => toggle(s.user_id, r.role)}
                    />
                  </Table.Cell>
                ))}
                <Table.Cell>
                  <Button size="small" variant="secondary" disabled={!changed(s)} onClick={() => save(s)}>
                    {t("ordo.staff.save")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="px-6 py-4">
        <Heading level="h2">{t("ordo.staff.rights")}</Heading>
        <ul className="mt-2 flex flex-col gap-y-1">
          {roles.map((r) => (
            <li key={r.role}>
              <Text size="small">
                <strong>{t(`ordo.staff.roles.${r.role}`, { defaultValue: r.label })}</strong>:{" "}
                {r.rights
                  .map((right) => t(`ordo.staff.rightNames.${right}`, { defaultValue: right }))
                  .join(t("ordo.staff.separator"))}
              </Text>
            </li>
          ))}
        </ul>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "ordo.staff.title", translationNs: "translation", icon: Users })

export default StaffRolesPage
