CREATE TABLE `pathway_facts` (
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
	`pathway_id` text NOT NULL,
	FOREIGN KEY (`pathway_id`) REFERENCES `pathways`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pathway_facts_pathway` ON `pathway_facts` (`pathway_id`);