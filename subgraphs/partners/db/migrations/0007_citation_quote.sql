ALTER TABLE `agreements` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `care_units` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `collaboratives` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `integrated_care_systems` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `memberships` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `places` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `system_leadership_roles` ADD `source_quote` text;