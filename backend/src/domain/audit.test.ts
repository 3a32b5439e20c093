import { describe, expect, it } from "vitest"
import { AUDIT_AREAS, areaOfTable, fieldChanges, recordLink } from "./audit"

describe("audit log: areas, field changes, record links", () => {
  it("files every audited table under exactly one area", () => {
    const tables = Object.values(AUDIT_AREAS).flat()
    expect(new Set(tables).size).toBe(tables.length)
    expect(areaOfTable("credit_account")).toBe("credit")
    expect(areaOfTable("inventory_level")).toBe("stock")
    expect(areaOfTable("staff_member")).toBe("roles")
    expect(areaOfTable("order")).toBeNull()
  })

  it("an update shows its changed fields before → after", () => {
    expect(
      fieldChanges({ operation: "update", before: { credit_limit: 1000 }, after: { credit_limit: 2500.5 } }),
    ).toEqual([{ field: "credit_limit", before: 1000, after: 2500.5 }])
  })

  it("an insert shows its values without bookkeeping or empty columns; a delete what was removed", () => {
    expect(
      fieldChanges({
        operation: "insert",
        before: null,
        after: { id: "price_1", amount: 12, created_at: "x", price_list_id: null, currency_code: "cny" },
      }),
    ).toEqual([
      { field: "amount", before: null, after: 12 },
      { field: "currency_code", before: null, after: "cny" },
    ])
    expect(
      fieldChanges({
        operation: "delete",
        before: { id: "p", amount: 12, deleted_at: null },
        after: { deleted_at: "t" },
      }),
    ).toEqual([{ field: "amount", before: 12, after: null }])
  })

  it("links a record to its company, order or staff member, where there is a page", () => {
    expect(recordLink({ table_name: "credit_account", row_id: "cacc_1", ref: { company_id: "comp_1" } })).toEqual({
      kind: "company",
      id: "comp_1",
    })
    expect(
      recordLink({ table_name: "invoice", row_id: "inv_1", ref: { company_id: "comp_1", order_id: "order_1" } }),
    ).toEqual({ kind: "order", id: "order_1" })
    expect(recordLink({ table_name: "company", row_id: "comp_2", ref: null })).toEqual({
      kind: "company",
      id: "comp_2",
    })
    expect(recordLink({ table_name: "price", row_id: "price_1", ref: { price_set_id: "pset_1" } })).toBeNull()
  })
})
