CREATE TABLE `agreement_parties` (
	`agreement_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`role` text,
	PRIMARY KEY(`agreement_id`, `partner_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_parties_partner` ON `agreement_parties` (`partner_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`description` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_type` ON `agreements` (`type`);--> statement-breakpoint
CREATE TABLE `care_unit_places` (
	`care_unit_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`care_unit_id`, `place_id`),
	FOREIGN KEY (`care_unit_id`) REFERENCES `care_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_unit_places_place` ON `care_unit_places` (`place_id`);--> statement-breakpoint
CREATE TABLE `care_units` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`coverage` text NOT NULL,
	`description` text,
	`ward_count` integer,
	`team_count` integer,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `collaboratives` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`ics_id` text,
	`lead_partner_id` text,
	`start_date` text,
	`description` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`ics_id`) REFERENCES `integrated_care_systems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `integrated_care_systems` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`eput_involvement` text NOT NULL,
	`icb_partner_id` text,
	`description` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`icb_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
	`ics_id` text,
	`place_id` text,
	`collaborative_id` text,
	`role` text,
	`start_date` text,
	`end_date` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ics_id`) REFERENCES `integrated_care_systems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collaborative_id`) REFERENCES `collaboratives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_one_group" CHECK((("memberships"."ics_id" IS NOT NULL) + ("memberships"."place_id" IS NOT NULL) + ("memberships"."collaborative_id" IS NOT NULL)) = 1)
);
--> statement-breakpoint
CREATE INDEX `memberships_partner` ON `memberships` (`partner_id`);--> statement-breakpoint
CREATE INDEX `memberships_ics` ON `memberships` (`ics_id`);--> statement-breakpoint
CREATE INDEX `memberships_place` ON `memberships` (`place_id`);--> statement-breakpoint
CREATE INDEX `memberships_collaborative` ON `memberships` (`collaborative_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `partner_identifiers` (
	`partner_id` text NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`partner_id`, `scheme`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_identifiers_scheme_value` ON `partner_identifiers` (`scheme`,`value`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`website` text,
	`start_date` text,
	`end_date` text,
	`successor_id` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`successor_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partners_kind_name` ON `partners` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `partners_name` ON `partners` (`name`);--> statement-breakpoint
CREATE INDEX `partners_successor` ON `partners` (`successor_id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`ics_id` text NOT NULL,
	`description` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`ics_id`) REFERENCES `integrated_care_systems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `places_ics` ON `places` (`ics_id`);--> statement-breakpoint
CREATE TABLE `source_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`file` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `system_leadership_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`holder_partner_id` text NOT NULL,
	`collaborative_id` text,
	`ics_id` text,
	`place_id` text,
	`start_date` text,
	`description` text,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`holder_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collaborative_id`) REFERENCES `collaboratives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ics_id`) REFERENCES `integrated_care_systems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `system_leadership_roles_holder` ON `system_leadership_roles` (`holder_partner_id`);