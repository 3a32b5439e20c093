/**
 * The SQL that makes the audit log: one generic trigger function, `ordo_audit()`, installed on
 * every audited table, and the guard that keeps `audit_entry` append-only. Run by the audit
 * service's installCapture() from a migration script (after every module's tables exist);
 * every statement is idempotent, so running it again refreshes the triggers.
 *
 * Trigger arguments: (1) the columns always recorded in `ref` to say what the row belongs to
 * (its company, invoice, variant …), comma separated; (2) the columns whose change is audited,
 * or `*` for all; (3) columns never audited. created_at, updated_at and Medusa's raw_* copies
 * of numbers are never audited, so an update that touches only those writes nothing.
 */

type AuditedTable = {
  table: string
  ref?: string[]
  watched?: string[]
  ignored?: string[]
  /** A WHEN condition for the update trigger, to skip the function call on hot tables. */
  updateWhen?: string
  /** Audit inserts and deletes too (false: only updates, e.g. a company's sales rep). */
  rows?: boolean
}

export const AUDITED_TABLES: AuditedTable[] = [
  // Ordo: credit, receivables, approval rules, roles, accounts, stock control
  { table: "credit_account", ref: ["company_id"] },
  // Invoice lines are written once with their invoice and never change: the invoice's totals say it.
  { table: "invoice", ref: ["company_id", "order_id", "number"] },
  { table: "payment_record", ref: ["company_id", "reference"] },
  { table: "payment_allocation", ref: ["invoice_id", "payment_id"] },
  { table: "approval_rule", ref: ["name"] },
  { table: "staff_member", ref: ["user_id"], ignored: ["granted_by"] },
  {
    table: "company",
    watched: ["sales_rep_id", "retail_default"],
    updateWhen:
      "old.sales_rep_id is distinct from new.sales_rep_id or old.retail_default is distinct from new.retail_default",
    rows: false,
  },
  // alerted_at is the alert's own bookkeeping, not a threshold change.
  { table: "low_stock_threshold", ref: ["sku", "location_id"], ignored: ["alerted_at"] },
  // remaining goes down with every shipment (recorded as cost allocations), not a change of the layer.
  { table: "cost_layer", ref: ["sku", "location_id", "receipt_id"], ignored: ["remaining"] },
  // Medusa: prices and stock levels (reservations are not stock changes)
  {
    table: "price",
    ref: ["price_set_id", "price_list_id", "currency_code"],
    watched: ["amount", "min_quantity", "max_quantity", "deleted_at"],
    updateWhen:
      "old.amount is distinct from new.amount or old.min_quantity is distinct from new.min_quantity or old.max_quantity is distinct from new.max_quantity or old.deleted_at is distinct from new.deleted_at",
  },
  { table: "price_list", ref: ["title"], ignored: ["rules_count"] },
  {
    table: "inventory_level",
    ref: ["inventory_item_id", "location_id"],
    watched: ["stocked_quantity", "deleted_at"],
    updateWhen:
      "old.stocked_quantity is distinct from new.stocked_quantity or old.deleted_at is distinct from new.deleted_at",
  },
]

const FUNCTION = `
create or replace function ordo_audit() returns trigger language plpgsql as $fn$
declare
  refs text[] := case when TG_NARGS > 0 and TG_ARGV[0] <> '' then string_to_array(TG_ARGV[0], ',') else '{}'::text[] end;
  watched text[] := case when TG_NARGS > 1 and TG_ARGV[1] <> '*' then string_to_array(TG_ARGV[1], ',') end;
  ignored text[] := array['created_at', 'updated_at']
    || case when TG_NARGS > 2 and TG_ARGV[2] <> '' then string_to_array(TG_ARGV[2], ',') else '{}'::text[] end;
  o jsonb;
  n jsonb;
  b jsonb;
  a jsonb;
  r jsonb;
  op text := lower(TG_OP);
  actor text := nullif(current_setting('ordo.actor', true), '');
  src text := coalesce(nullif(current_setting('ordo.source', true), ''), 'system');
  who_email text;
  who_name text;
begin
  if TG_OP <> 'INSERT' then o := to_jsonb(OLD); end if;
  if TG_OP <> 'DELETE' then n := to_jsonb(NEW); end if;
  if TG_OP = 'UPDATE' then
    select jsonb_object_agg(k, o -> k), jsonb_object_agg(k, n -> k) into b, a
      from jsonb_object_keys(n) k
     where (watched is null or k = any(watched)) and k <> all(ignored) and k not like 'raw\\_%'
       and (o -> k) is distinct from (n -> k);
    -- Nothing audited changed (e.g. only updated_at): nothing to write.
    if b is null then return null; end if;
    -- Medusa deletes softly: the row disappearing is a delete, with what it held.
    if (o ->> 'deleted_at') is null and (n ->> 'deleted_at') is not null then
      op := 'delete';
      select jsonb_object_agg(key, value) into b from jsonb_each(o)
       where (watched is null or key = any(watched) or key = 'id') and key <> all(ignored) and key not like 'raw\\_%';
    end if;
  elsif TG_OP = 'INSERT' then
    select jsonb_object_agg(key, value) into a from jsonb_each(n)
     where key <> all(ignored) and key not like 'raw\\_%' and key <> 'deleted_at';
  else
    select jsonb_object_agg(key, value) into b from jsonb_each(o)
     where key <> all(ignored) and key not like 'raw\\_%';
  end if;
  if cardinality(refs) > 0 then
    select jsonb_object_agg(k, coalesce(n, o) -> k) into r from unnest(refs) k;
  end if;
  if actor is not null then
    select u.email, nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '')
      into who_email, who_name from "user" u where u.id = actor;
  end if;
  insert into audit_entry (id, at, table_name, row_id, operation, before, after, ref,
                           actor_id, actor_email, actor_name, source, txid)
  values ('aud_' || upper(replace(gen_random_uuid()::text, '-', '')), clock_timestamp(), TG_TABLE_NAME,
          coalesce(n, o) ->> 'id', op, b, a, r, actor, who_email, who_name, src, txid_current()::text);
  return null;
end
$fn$;`

const APPEND_ONLY = `
create or replace function ordo_audit_append_only() returns trigger language plpgsql as $fn$
begin
  raise exception 'audit_entry is append-only: % refused', TG_OP using errcode = 'insufficient_privilege';
end
$fn$;
drop trigger if exists audit_entry_append_only on audit_entry;
create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function ordo_audit_append_only();
drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function ordo_audit_append_only();`

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`

function triggersFor(t: AuditedTable) {
  const args = [(t.ref ?? []).join(","), t.watched ? t.watched.join(",") : "*", (t.ignored ?? []).join(",")]
    .map(literal)
    .join(", ")
  const name = `${t.table}_ordo_audit`
  const statements = [
    `drop trigger if exists ${name} on "${t.table}"`,
    `drop trigger if exists ${name}_rows on "${t.table}"`,
    `create trigger ${name} after update on "${t.table}" for each row${t.updateWhen ? ` when (${t.updateWhen})` : ""} execute function ordo_audit(${args})`,
  ]
  if (t.rows !== false) {
    statements.push(
      `create trigger ${name}_rows after insert or delete on "${t.table}" for each row execute function ordo_audit(${args})`,
    )
  }
  return statements.map((s) => `${s};`).join("\n")
}

/** Every statement that installs (or refreshes) the capture, in order. */
export const CAPTURE_SQL = [FUNCTION, APPEND_ONLY, ...AUDITED_TABLES.map(triggersFor)]
