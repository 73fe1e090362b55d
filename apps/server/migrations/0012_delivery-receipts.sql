ALTER TABLE "notification_attempts" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_attempts" ADD COLUMN "seen_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notification_attempts_provider_idx" ON "notification_attempts" USING btree ("tenant_id","provider_id") WHERE "notification_attempts"."provider_id" is not null;