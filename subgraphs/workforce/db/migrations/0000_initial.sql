CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`rows` integer NOT NULL,
	`inserted` integer NOT NULL,
	`updated` integer NOT NULL,
	`imported_by` text,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `measure_line_measures` (
	`line_id` text NOT NULL,
	`measure_code` text NOT NULL,
	PRIMARY KEY(`line_id`, `measure_code`),
	FOREIGN KEY (`line_id`) REFERENCES `measure_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_code`) REFERENCES `measures`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_line_measures_measure` ON `measure_line_measures` (`measure_code`);--> statement-breakpoint
CREATE TABLE `measure_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`sub_outcome_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`sub_outcome_id`) REFERENCES `sub_outcomes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_lines_sub_outcome` ON `measure_lines` (`sub_outcome_id`,`position`);--> statement-breakpoint
CREATE TABLE `measures` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`definition` text NOT NULL,
	`numerator` text,
	`denominator` text,
	`unit` text NOT NULL,
	`direction` text NOT NULL,
	`frequency` text NOT NULL,
	`data_source` text NOT NULL,
	`national_definition` text,
	`published` integer NOT NULL,
	`definition_only` integer DEFAULT false NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `objectives` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_code` text NOT NULL,
	`unit_kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`period` text NOT NULL,
	`period_start` text NOT NULL,
	`numerator` real,
	`denominator` real,
	`raw_value` real,
	`value` real GENERATED ALWAYS AS (CASE WHEN denominator IS NOT NULL THEN 100.0 * numerator / denominator ELSE raw_value END) STORED NOT NULL,
	`target` real,
	`status` text NOT NULL,
	`provenance` text NOT NULL,
	`batch_id` integer,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`measure_code`) REFERENCES `measures`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "observations_rate" CHECK(("observations"."numerator" IS NULL AND "observations"."denominator" IS NULL AND "observations"."raw_value" IS NOT NULL)
        OR ("observations"."numerator" IS NOT NULL AND "observations"."denominator" > 0 AND "observations"."numerator" >= 0
            AND "observations"."numerator" <= "observations"."denominator" AND "observations"."raw_value" IS NULL)),
	CONSTRAINT "observations_status" CHECK("observations"."status" IN ('DRAFT', 'PUBLISHED'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_series` ON `observations` (`measure_code`,`unit_kind`,`unit_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `observations_unit` ON `observations` (`unit_kind`,`unit_id`,`measure_code`,`period_start`);--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`objective_code` text NOT NULL,
	`care_unit_id` text,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`source_document` text,
	`source_section` text,
	`source_note` text,
	FOREIGN KEY (`objective_code`) REFERENCES `objectives`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outcomes_objective` ON `outcomes` (`objective_code`,`position`);--> statement-breakpoint
CREATE TABLE `sub_outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`outcome_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`outcome_id`) REFERENCES `outcomes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sub_outcomes_outcome` ON `sub_outcomes` (`outcome_id`,`position`);