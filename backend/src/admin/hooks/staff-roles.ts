import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { fresh, ordoKeys } from "./keys"

export type StaffRow = { user_id: string; email: string; name: string; roles: string[] }
export type RoleInfo = { role: string; label: string; rights: string[] }

/** Staff members with their roles, and what each role may do. */
export const useStaffRoles = () =>
  useQuery({
    queryKey: ordoKeys.staff.all,
    queryFn: () => sdk.client.fetch<{ staff: StaffRow[]; roles: RoleInfo[] }>("/admin/ordo/staff"),
    ...fresh,
  })

export function useSaveStaffRoles() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: string[] }) =>
      sdk.client.fetch(`/admin/ordo/staff/${userId}`, { method: "POST", body: { roles } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ordoKeys.staff.all }),
  })
}
