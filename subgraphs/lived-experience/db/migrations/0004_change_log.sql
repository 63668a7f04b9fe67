CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`change` text NOT NULL,
	`fields` text NOT NULL,
	`decided_by` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_entity` ON `change_log` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log` BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log` BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
