-- Full-text search over pathways (FTS5, ranked with bm25), kept in step by triggers. Like the
-- partners index, it keeps its own copy of the text keyed by pathway id, not by rowid.
CREATE VIRTUAL TABLE `pathways_fts` USING fts5(pathway_id UNINDEXED, name, purpose, population, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `pathways_fts_insert` AFTER INSERT ON `pathways` BEGIN
  INSERT INTO pathways_fts(pathway_id, name, purpose, population)
  VALUES (new.id, new.name, new.purpose, coalesce(new.conditions, '') || ' ' || coalesce(new.eligibility, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `pathways_fts_delete` AFTER DELETE ON `pathways` BEGIN
  DELETE FROM pathways_fts WHERE pathway_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `pathways_fts_update` AFTER UPDATE OF name, purpose, conditions, eligibility ON `pathways` BEGIN
  DELETE FROM pathways_fts WHERE pathway_id = old.id;
  INSERT INTO pathways_fts(pathway_id, name, purpose, population)
  VALUES (new.id, new.name, new.purpose, coalesce(new.conditions, '') || ' ' || coalesce(new.eligibility, ''));
END;
