CREATE TABLE `role_states` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`role_id` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`status` text,
	`kind` text,
	`ld_or_autism` integer
);
--> statement-breakpoint
CREATE INDEX `role_states_role_recorded` ON `role_states` (`role_id`,`recorded_at`,`id`);--> statement-breakpoint
-- Every write to a post records its state, whatever makes the write (a mutation, a seed, SQL by hand).
CREATE TRIGGER `roles_state_on_insert` AFTER INSERT ON `roles` BEGIN INSERT INTO `role_states` (`role_id`, `status`, `kind`, `ld_or_autism`) VALUES (NEW.`id`, NEW.`status`, NEW.`kind`, NEW.`ld_or_autism`); END;
--> statement-breakpoint
CREATE TRIGGER `roles_state_on_update` AFTER UPDATE OF `status`, `kind`, `ld_or_autism` ON `roles` WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`kind` IS NOT NEW.`kind` OR OLD.`ld_or_autism` IS NOT NEW.`ld_or_autism` BEGIN INSERT INTO `role_states` (`role_id`, `status`, `kind`, `ld_or_autism`) VALUES (NEW.`id`, NEW.`status`, NEW.`kind`, NEW.`ld_or_autism`); END;
--> statement-breakpoint
CREATE TRIGGER `roles_state_on_delete` AFTER DELETE ON `roles` BEGIN INSERT INTO `role_states` (`role_id`, `status`, `kind`, `ld_or_autism`) VALUES (OLD.`id`, NULL, NULL, NULL); END;
--> statement-breakpoint
CREATE TRIGGER `role_states_no_update` BEFORE UPDATE ON `role_states` BEGIN SELECT RAISE(ABORT, 'the history of posts is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `role_states_no_delete` BEFORE DELETE ON `role_states` BEGIN SELECT RAISE(ABORT, 'the history of posts is append-only'); END;
--> statement-breakpoint
-- The posts as they stand when the history begins, and the day it begins: no quarter that ended before it is published.
INSERT INTO `role_states` (`role_id`, `status`, `kind`, `ld_or_autism`) SELECT `id`, `status`, `kind`, `ld_or_autism` FROM `roles`;
--> statement-breakpoint
INSERT INTO `meta` (`key`, `value`) VALUES ('role_states_since', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
