CREATE TABLE `partner_facts` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
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
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partner_facts_partner` ON `partner_facts` (`partner_id`);