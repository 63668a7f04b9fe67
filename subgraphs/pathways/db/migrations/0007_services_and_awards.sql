CREATE TABLE `award_partners` (
	`award_id` text NOT NULL,
	`partner_id` text NOT NULL,
	PRIMARY KEY(`award_id`, `partner_id`),
	FOREIGN KEY (`award_id`) REFERENCES `awards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `award_partners_partner` ON `award_partners` (`partner_id`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`event` text NOT NULL,
	`result` text NOT NULL,
	`awarded_in` text,
	`recipient` text NOT NULL,
	`pathway_id` text,
	`service_id` text,
	`source_document` text,
	`source_section` text,
	`source_quote` text,
	`source_note` text,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `awards_pathway` ON `awards` (`pathway_id`);--> statement-breakpoint
CREATE INDEX `awards_service` ON `awards` (`service_id`);--> statement-breakpoint
CREATE TABLE `service_places` (
	`service_id` text NOT NULL,
	`place_id` text NOT NULL,
	PRIMARY KEY(`service_id`, `place_id`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_places_place` ON `service_places` (`place_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`kind` text NOT NULL,
	`provider_id` text NOT NULL,
	`care_unit_id` text,
	`source_document` text,
	`source_section` text,
	`source_quote` text,
	`source_note` text
);
--> statement-breakpoint
CREATE INDEX `services_provider` ON `services` (`provider_id`,`name`);--> statement-breakpoint
CREATE INDEX `services_care_unit` ON `services` (`care_unit_id`,`name`);