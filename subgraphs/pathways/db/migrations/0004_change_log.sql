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
CREATE INDEX `change_log_entity` ON `change_log` (`entity_type`,`entity_id`,`id`);