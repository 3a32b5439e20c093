import { describe, expect, it } from "vitest"
import { rankCustomers, type SearchRecord } from "./customer-search"

const records: SearchRecord[] = [
  { company_id: "acme", matched_on: "legal_name", text: "Acme Industrial Supply" },
  { company_id: "acme", matched_on: "alias", text: "Acme Shanghai" },
  { company_id: "acme", matched_on: "phone", text: "+86 21 5555 0102", buyer: { customer_id: "c1", name: "Li Na" } },
  { company_id: "bolt", matched_on: "legal_name", text: "Bolt & Nut Trading" },
  { company_id: "bolt", matched_on: "tax_id", text: "91310000MA1K4XXXX" },
]

describe("rankCustomers", () => {
  it("forgives typos in names and aliases", () => {
    expect(rankCustomers(records, "acme shangai")[0].record).toMatchObject({ company_id: "acme", matched_on: "alias" })
    expect(rankCustomers(records, "bolt nut")[0].record.company_id).toBe("bolt")
  })

  it("finds phones by their digits, whatever the spacing", () => {
    const [hit] = rankCustomers(records, "5555 0102")
    expect(hit).toMatchObject({ score: 0, record: { company_id: "acme", matched_on: "phone" } })
  })

  it("returns one hit per company and nothing for nonsense", () => {
    expect(rankCustomers(records, "acme").filter((h) => h.record.company_id === "acme")).toHaveLength(1)
    expect(rankCustomers(records, "zzzzqqq")).toEqual([])
  })
})
