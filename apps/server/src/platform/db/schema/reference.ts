import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * National administrative units (QĐ 19/2025/QĐ-TTg and later changes): provinces and communes.
 * A reference table shared by every tenant (replicated to every node on a distributed deployment).
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    code: text('code').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    nameEn: text('name_en'),
    provinceCode: text('province_code'),
    /** Short type as published: Tỉnh, Thành phố, Phường, Xã, Đặc khu. */
    unitType: text('unit_type').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('admin_units_kind_check', sql`${t.kind} in ('province', 'commune')`),
    check(
      'admin_units_code_format',
      sql`(${t.kind} = 'province' and ${t.code} ~ '^[0-9]{2}$') or (${t.kind} = 'commune' and ${t.code} ~ '^[0-9]{5}$')`,
    ),
    index('admin_units_province_idx').on(t.provinceCode),
  ],
);
