import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import StaffModule from "../modules/staff"

/** Staff roles belong to one Medusa admin user (read-only link over staff_member.user_id: no link table). */
export default defineLink({ linkable: StaffModule.linkable.staffMember, field: "user_id" }, UserModule.linkable.user, {
  readOnly: true,
})
