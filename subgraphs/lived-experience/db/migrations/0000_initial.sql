CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`shapes` text NOT NULL,
	`pathway_id` text,
	`care_unit_id` text,
	`activity_date` text,
	`expected_hours` real,
	`delivered_hours` real,
	`places` integer,
	`recognition` text,
	`stage` text NOT NULL,
	`status` text NOT NULL,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	CONSTRAINT "activities_hours" CHECK("activities"."expected_hours" IS NULL OR "activities"."expected_hours" > 0),
	CONSTRAINT "activities_delivered" CHECK("activities"."delivered_hours" IS NULL OR ("activities"."status" = 'COMPLETED' AND "activities"."delivered_hours" >= 0))
);
--> statement-breakpoint
CREATE INDEX `activities_date` ON `activities` (`activity_date`);--> statement-breakpoint
CREATE INDEX `activities_pathway` ON `activities` (`pathway_id`);--> statement-breakpoint
CREATE TABLE `coproduction_partners` (
	`coproduction_id` text NOT NULL,
	`partner_id` text NOT NULL,
	PRIMARY KEY(`coproduction_id`, `partner_id`),
	FOREIGN KEY (`coproduction_id`) REFERENCES `coproductions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `coproductions` (
	`id` text PRIMARY KEY NOT NULL,
	`pathway_id` text NOT NULL,
	`activity_id` text,
	`stage` text NOT NULL,
	`summary` text NOT NULL,
	`happened_on` text,
	`recorded_by` text,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coproductions_pathway` ON `coproductions` (`pathway_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payment_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`unit` text NOT NULL,
	`amount_pence` integer NOT NULL,
	`effective_from` text NOT NULL,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	CONSTRAINT "payment_rates_amount" CHECK("payment_rates"."amount_pence" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_rates_unit_from` ON `payment_rates` (`unit`,`effective_from`);--> statement-breakpoint
CREATE TABLE `recognitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` text NOT NULL,
	`kind` text NOT NULL,
	`people` integer NOT NULL,
	`hours` real NOT NULL,
	`rate_id` text,
	`amount_pence` integer,
	`recorded_by` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rate_id`) REFERENCES `payment_rates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "recognitions_counts" CHECK("recognitions"."people" > 0 AND "recognitions"."hours" > 0),
	CONSTRAINT "recognitions_paid" CHECK(("recognitions"."kind" = 'PAID') = ("recognitions"."rate_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `recognitions_activity` ON `recognitions` (`activity_id`);--> statement-breakpoint
CREATE TABLE `role_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`effective_on` text,
	`decided_by` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`role_id` text NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `role_status_changes_role` ON `role_status_changes` (`role_id`,`id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`care_unit_id` text,
	`ward_or_team` text,
	`arrangement` text NOT NULL,
	`host_partner_id` text,
	`band` text,
	`hours_per_week` real,
	`status` text NOT NULL,
	`start_date` text,
	`ld_or_autism` integer,
	`illustrative` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	CONSTRAINT "roles_flag_only_when_filled" CHECK("roles"."ld_or_autism" IS NULL OR "roles"."status" = 'FILLED'),
	CONSTRAINT "roles_hours" CHECK("roles"."hours_per_week" IS NULL OR ("roles"."hours_per_week" > 0 AND "roles"."hours_per_week" <= 48))
);
--> statement-breakpoint
CREATE INDEX `roles_title` ON `roles` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `roles_care_unit` ON `roles` (`care_unit_id`,`status`);--> statement-breakpoint
CREATE INDEX `roles_host_partner` ON `roles` (`host_partner_id`);