-- Full-text search over partners (FTS5, ranked with bm25), kept in step by triggers.
-- The index keeps its own copy of the text, keyed by partner id: an external-content table keyed
-- by rowid would silently go wrong if a VACUUM renumbered the rows of `partners`.
CREATE VIRTUAL TABLE `partners_fts` USING fts5(partner_id UNINDEXED, name, description, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `partners_fts_insert` AFTER INSERT ON `partners` BEGIN
  INSERT INTO partners_fts(partner_id, name, description) VALUES (new.id, new.name, coalesce(new.description, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `partners_fts_delete` AFTER DELETE ON `partners` BEGIN
  DELETE FROM partners_fts WHERE partner_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `partners_fts_update` AFTER UPDATE OF name, description ON `partners` BEGIN
  DELETE FROM partners_fts WHERE partner_id = old.id;
  INSERT INTO partners_fts(partner_id, name, description) VALUES (new.id, new.name, coalesce(new.description, ''));
END;
