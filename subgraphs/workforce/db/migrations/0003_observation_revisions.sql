CREATE TABLE `observation_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`observation_id` integer NOT NULL,
	`numerator` real,
	`denominator` real,
	`raw_value` real,
	`value` real NOT NULL,
	`target` real,
	`status` text NOT NULL,
	`provenance` text NOT NULL,
	`change` text NOT NULL,
	`decided_by` text,
	`reason` text,
	`batch_id` integer,
	`recorded_by` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observation_revisions_observation` ON `observation_revisions` (`observation_id`,`id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_observations` (
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
	CONSTRAINT "observations_rate" CHECK(("__new_observations"."numerator" IS NULL AND "__new_observations"."denominator" IS NULL AND "__new_observations"."raw_value" IS NOT NULL)
        OR ("__new_observations"."numerator" IS NOT NULL AND "__new_observations"."denominator" > 0 AND "__new_observations"."numerator" >= 0
            AND "__new_observations"."numerator" <= "__new_observations"."denominator" AND "__new_observations"."raw_value" IS NULL)),
	CONSTRAINT "observations_status" CHECK("__new_observations"."status" IN ('DRAFT', 'PUBLISHED', 'RETRACTED'))
);
--> statement-breakpoint
INSERT INTO `__new_observations`("id", "measure_code", "unit_kind", "unit_id", "period", "period_start", "numerator", "denominator", "raw_value", "target", "status", "provenance", "batch_id", "source_document", "source_section", "source_note") SELECT "id", "measure_code", "unit_kind", "unit_id", "period", "period_start", "numerator", "denominator", "raw_value", "target", "status", "provenance", "batch_id", "source_document", "source_section", "source_note" FROM `observations`;--> statement-breakpoint
DROP TABLE `observations`;--> statement-breakpoint
ALTER TABLE `__new_observations` RENAME TO `observations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `observations_series` ON `observations` (`measure_code`,`unit_kind`,`unit_id`,`period_start`);--> statement-breakpoint
CREATE INDEX `observations_unit` ON `observations` (`unit_kind`,`unit_id`,`measure_code`,`period_start`);--> statement-breakpoint
CREATE TRIGGER `observation_revisions_no_update` BEFORE UPDATE ON `observation_revisions` BEGIN SELECT RAISE(ABORT, 'a figure''s history is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `observation_revisions_no_delete` BEFORE DELETE ON `observation_revisions` BEGIN SELECT RAISE(ABORT, 'a figure''s history is append-only'); END;
