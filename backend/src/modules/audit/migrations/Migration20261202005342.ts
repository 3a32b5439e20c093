import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202005342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "audit_entry" ("id" text not null, "at" timestamptz not null, "table_name" text not null, "row_id" text not null, "operation" text check ("operation" in ('insert', 'update', 'delete')) not null, "before" jsonb null, "after" jsonb null, "ref" jsonb null, "actor_id" text null, "actor_email" text null, "actor_name" text null, "source" text not null, "txid" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_at" ON "audit_entry" ("at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_table_name_at" ON "audit_entry" ("table_name", "at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_actor_id_at" ON "audit_entry" ("actor_id", "at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_row_id" ON "audit_entry" ("row_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`)
  }
}
