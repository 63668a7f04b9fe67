ALTER TABLE `pathway_participants` ADD `source_quote` text;--> statement-breakpoint
ALTER TABLE `pathways` ADD `source_quote` text;