CREATE TABLE `commitment_pathways` (
	`commitment_id` text NOT NULL,
	`pathway_id` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `pathway_id`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`objective_code` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`due` text,
	`due_by` text,
	`care_unit_id` text,
	`position` integer NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_quote` text,
	`source_note` text,
	FOREIGN KEY (`objective_code`) REFERENCES `objectives`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitments_objective` ON `commitments` (`objective_code`,`position`);--> statement-breakpoint
CREATE INDEX `commitments_care_unit` ON `commitments` (`care_unit_id`,`position`);