CREATE TABLE `care_unit_facts` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`value` real NOT NULL,
	`qualifier` text NOT NULL,
	`unit` text NOT NULL,
	`period_start` text,
	`period_end` text,
	`quote` text NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	`care_unit_id` text NOT NULL,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`care_unit_id`) REFERENCES `care_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_unit_facts_care_unit` ON `care_unit_facts` (`care_unit_id`);