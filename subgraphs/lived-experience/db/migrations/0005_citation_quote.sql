ALTER TABLE `activities` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `coproductions` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `payment_rates` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `recognitions` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `roles` ADD `source_quote` text;