import Fuse from "fuse.js"

export type SearchRecord = {
  company_id: string
  matched_on: "legal_name" | "alias" | "tax_id" | "buyer" | "phone" | "email"
  text: string
  buyer?: { customer_id: string; name: string }
}

const digits = (s: string) => s.replace(/\D/g, "")

/**
 * Typo-tolerant ranking of companies by what staff typed (Fuse.js, Bitap fuzzy matching over
 * names, aliases, tax ids, buyers' names, e-mails and phones). Phone numbers and tax ids also
 * match by their digits, so "5555 0101" finds "+86 21 5555 0101". One best hit per company,
 * best first, at most `limit`.
 */
export function rankCustomers(records: SearchRecord[], term: string, limit = 10) {
  const hits: { record: SearchRecord; score: number }[] = []
  const wantedDigits = digits(term)
  if (wantedDigits.length >= 4 && wantedDigits.length >= term.replace(/[\s+\-()]/g, "").length - 2) {
    for (const r of records) {
      if ((r.matched_on === "phone" || r.matched_on === "tax_id") && digits(r.text).includes(wantedDigits)) {
        hits.push({ record: r, score: 0 })
      }
    }
  }
  const fuse = new Fuse(records, { keys: ["text"], includeScore: true, threshold: 0.4, ignoreLocation: true })
  for (const r of fuse.search(term, { limit: 50 })) hits.push({ record: r.item, score: r.score ?? 1 })
  const best = new Map<string, { record: SearchRecord; score: number }>()
  for (const h of hits) {
    const seen = best.get(h.record.company_id)
    if (!seen || h.score < seen.score) best.set(h.record.company_id, h)
  }
  return [...best.values()].sort((a, b) => a.score - b.score).slice(0, limit)
}
