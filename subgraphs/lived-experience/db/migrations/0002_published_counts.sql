CREATE TABLE `count_publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure` text NOT NULL,
	`period` text NOT NULL,
	`published_on` text NOT NULL,
	`published_by` text,
	`value` integer,
	`suppressed` integer NOT NULL,
	`threshold` integer NOT NULL,
	`rounded_to` integer NOT NULL,
	CONSTRAINT "count_publications_rounded" CHECK(("count_publications"."value" IS NULL) = ("count_publications"."suppressed" = 1) AND ("count_publications"."value" IS NULL OR "count_publications"."value" % "count_publications"."rounded_to" = 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `count_publications_measure_period` ON `count_publications` (`measure`,`period`);--> statement-breakpoint
CREATE TRIGGER `count_publications_no_update` BEFORE UPDATE ON `count_publications` BEGIN SELECT RAISE(ABORT, 'a publication is never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `count_publications_no_delete` BEFORE DELETE ON `count_publications` BEGIN SELECT RAISE(ABORT, 'a publication is never deleted'); END;
--> statement-breakpoint
-- Audit entries written before special-category arguments were redacted kept their values: the
-- variables of every mutation that fills a post are replaced, once, by a note that they were.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
UPDATE `audit_log` SET `summary` = '{"redacted":"variables removed: they could hold special-category data"}' WHERE `fields` LIKE '%fillLivedExperienceRole%';
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
