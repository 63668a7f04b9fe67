ALTER TABLE `measures` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `observations` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `source_quote` text;