import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DataTable } from "../../components/ui/data-table"
import { type StaffRow, useSaveStaffRoles, useStaffRoles } from "../../hooks/staff-roles"

/** Staff roles: who may do what. Managers change them; everyone else sees them. */
const StaffRolesPage = () => {
  const { t } = useTranslation()
  const { data, error: loadError } = useStaffRoles()
  const saveRoles = useSaveStaffRoles()
  const staff = data?.staff ?? []
  const roles = data?.roles ?? []
  const [draft, setDraft] = useState<Record<string, string[]>>({})
  const [error, setError] = useState<string | null>(null)
  // Every (re)load starts the checkboxes from the saved roles.
  useEffect(() => {
    if (data) setDraft(Object.fromEntries(data.staff.map((s) => [s.user_id, s.roles])))
  }, [data])
  const toggle = (userId: string, role: string) =>
    setDraft((d) => {
      const current = d[userId] ?? []
      return { ...d, [userId]: current.includes(role) ? current.filter((r) => r !== role) : [...current, role] }
    })
  const save = async (row: StaffRow) => {
    setError(null)
    try {
      await saveRoles.mutateAsync({ userId: row.user_id, roles: draft[row.user_id] ?? [] })
      toast.success(t("ordo.staff.saved", { name: row.name }))
    } catch (e: any) {
      setError(e.message)
    }
  }
  const changed = (row: StaffRow) => [...(draft[row.user_id] ?? [])].sort().join() !== [...row.roles].sort().join()
  const roleName = (r: { role: string; label: string }) => t(`ordo.staff.roles.${r.role}`, { defaultValue: r.label })
  const shownError = error ?? loadError?.message
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("ordo.staff.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ordo.staff.intro")}
        </Text>
        {shownError ? (
          <Text size="small" className="text-ui-fg-error mt-2" data-testid="staff-roles-error">
            {shownError}
          </Text>
        ) : null}
      </Container>
      <Container className="overflow-x-auto p-0">
        <DataTable
          rows={staff}
          rowKey={(s) => s.user_id}
          rowProps={(s) => ({ "data-testid": `staff-row-${s.email}` })}
          columns={[
            {
              key: "person",
              header: t("ordo.staff.person"),
              cell: (s) => (
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
              ),
            },
            ...roles.map((r) => ({
              key: r.role,
              header: roleName(r),
              headerClassName: "whitespace-nowrap",
              cell: (s: StaffRow) => (
                <Checkbox
                  aria-label={`${s.email} ${r.role}`}
                  checked={(draft[s.user_id] ?? []).includes(r.role)}
                  onCheckedChange={() => toggle(s.user_id, r.role)}
                />
              ),
            })),
            {
              key: "save",
              header: "",
              cell: (s) => (
                <Button size="small" variant="secondary" disabled={!changed(s)} onClick={() => save(s)}>
                  {t("ordo.staff.save")}
                </Button>
              ),
            },
          ]}
        />
      </Container>
      <Container className="px-6 py-4">
        <Heading level="h2">{t("ordo.staff.rights")}</Heading>
        <ul className="mt-2 flex flex-col gap-y-1">
          {roles.map((r) => (
            <li key={r.role}>
              <Text size="small">
                <strong>{roleName(r)}</strong>:{" "}
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
