CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pathway_participants` (
	`pathway_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`role` text NOT NULL,
	`contribution` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	PRIMARY KEY(`pathway_id`, `partner_id`, `role`),
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pathway_participants_partner` ON `pathway_participants` (`partner_id`,`pathway_id`);--> statement-breakpoint
CREATE TABLE `pathway_places` (
	`pathway_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`pathway_id`, `place_id`),
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pathway_places_place` ON `pathway_places` (`place_id`,`pathway_id`);--> statement-breakpoint
CREATE TABLE `pathway_sectors` (
	`pathway_id` text NOT NULL,
	`sector` text NOT NULL,
	PRIMARY KEY(`pathway_id`, `sector`),
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pathway_sectors_sector` ON `pathway_sectors` (`sector`,`pathway_id`);--> statement-breakpoint
CREATE TABLE `pathway_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pathway_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`effective_on` text,
	`decided_by` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pathway_status_changes_pathway` ON `pathway_status_changes` (`pathway_id`,`id`);--> statement-breakpoint
CREATE TABLE `pathway_steps` (
	`pathway_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`responsible_partner_id` text,
	`target_wait_days` integer,
	`target_wait_note` text,
	PRIMARY KEY(`pathway_id`, `position`),
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pathway_steps_wait" CHECK("pathway_steps"."target_wait_days" IS NULL OR "pathway_steps"."target_wait_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE `pathways` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`purpose` text NOT NULL,
	`age_min` integer,
	`age_max` integer,
	`conditions` text,
	`eligibility` text,
	`lead_care_unit_id` text,
	`agreement_id` text,
	`status` text NOT NULL,
	`agreed_on` text,
	`live_from` text,
	`next_review_due` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "pathways_age_range" CHECK("pathways"."age_min" IS NULL OR "pathways"."age_max" IS NULL OR "pathways"."age_min" <= "pathways"."age_max")
);
--> statement-breakpoint
CREATE INDEX `pathways_name` ON `pathways` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `pathways_status` ON `pathways` (`status`);--> statement-breakpoint
CREATE INDEX `pathways_lead_care_unit` ON `pathways` (`lead_care_unit_id`);--> statement-breakpoint
CREATE TABLE `referral_routes` (
	`pathway_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`criteria` text,
	`contact_method` text,
	`contact_value` text,
	`contact_hours` text,
	PRIMARY KEY(`pathway_id`, `position`),
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "referral_routes_contact" CHECK(("referral_routes"."contact_method" IS NULL) = ("referral_routes"."contact_value" IS NULL))
);
