CREATE TABLE `series_latest` (
	`unit_kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`measure_code` text NOT NULL,
	`scope` text NOT NULL,
	`latest_id` integer NOT NULL,
	`previous_id` integer,
	PRIMARY KEY(`unit_kind`, `unit_id`, `measure_code`, `scope`)
);
--> statement-breakpoint
-- Kept by these triggers from here on: whatever writes a figure (import, publication,
-- correction, retraction, a hand-written statement), its series' two newest figures are found
-- again, for published figures only and with drafts.
CREATE TRIGGER series_latest_insert AFTER INSERT ON observations BEGIN
  DELETE FROM series_latest
    WHERE unit_kind = NEW.unit_kind AND unit_id = NEW.unit_id AND measure_code = NEW.measure_code;
  INSERT INTO series_latest (unit_kind, unit_id, measure_code, scope, latest_id, previous_id)
    SELECT * FROM (
      SELECT NEW.unit_kind, NEW.unit_id, NEW.measure_code, scope.name,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = NEW.unit_kind AND o.unit_id = NEW.unit_id AND o.measure_code = NEW.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1) AS latest_id,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = NEW.unit_kind AND o.unit_id = NEW.unit_id AND o.measure_code = NEW.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1 OFFSET 1) AS previous_id
      FROM (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
    ) WHERE latest_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER series_latest_delete AFTER DELETE ON observations BEGIN
  DELETE FROM series_latest
    WHERE unit_kind = OLD.unit_kind AND unit_id = OLD.unit_id AND measure_code = OLD.measure_code;
  INSERT INTO series_latest (unit_kind, unit_id, measure_code, scope, latest_id, previous_id)
    SELECT * FROM (
      SELECT OLD.unit_kind, OLD.unit_id, OLD.measure_code, scope.name,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = OLD.unit_kind AND o.unit_id = OLD.unit_id AND o.measure_code = OLD.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1) AS latest_id,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = OLD.unit_kind AND o.unit_id = OLD.unit_id AND o.measure_code = OLD.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1 OFFSET 1) AS previous_id
      FROM (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
    ) WHERE latest_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER series_latest_update AFTER UPDATE OF unit_kind, unit_id, measure_code, period_start, status ON observations BEGIN
  DELETE FROM series_latest
    WHERE unit_kind = OLD.unit_kind AND unit_id = OLD.unit_id AND measure_code = OLD.measure_code;
  INSERT INTO series_latest (unit_kind, unit_id, measure_code, scope, latest_id, previous_id)
    SELECT * FROM (
      SELECT OLD.unit_kind, OLD.unit_id, OLD.measure_code, scope.name,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = OLD.unit_kind AND o.unit_id = OLD.unit_id AND o.measure_code = OLD.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1) AS latest_id,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = OLD.unit_kind AND o.unit_id = OLD.unit_id AND o.measure_code = OLD.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1 OFFSET 1) AS previous_id
      FROM (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
    ) WHERE latest_id IS NOT NULL;
  DELETE FROM series_latest
    WHERE unit_kind = NEW.unit_kind AND unit_id = NEW.unit_id AND measure_code = NEW.measure_code;
  INSERT INTO series_latest (unit_kind, unit_id, measure_code, scope, latest_id, previous_id)
    SELECT * FROM (
      SELECT NEW.unit_kind, NEW.unit_id, NEW.measure_code, scope.name,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = NEW.unit_kind AND o.unit_id = NEW.unit_id AND o.measure_code = NEW.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1) AS latest_id,
        (SELECT o.id FROM observations o
          WHERE o.unit_kind = NEW.unit_kind AND o.unit_id = NEW.unit_id AND o.measure_code = NEW.measure_code
            AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
          ORDER BY o.period_start DESC LIMIT 1 OFFSET 1) AS previous_id
      FROM (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
    ) WHERE latest_id IS NOT NULL;
END;
--> statement-breakpoint
INSERT INTO series_latest (unit_kind, unit_id, measure_code, scope, latest_id, previous_id)
  SELECT * FROM (
    SELECT k.unit_kind, k.unit_id, k.measure_code, scope.name,
      (SELECT o.id FROM observations o
        WHERE o.unit_kind = k.unit_kind AND o.unit_id = k.unit_id AND o.measure_code = k.measure_code
          AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
        ORDER BY o.period_start DESC LIMIT 1) AS latest_id,
      (SELECT o.id FROM observations o
        WHERE o.unit_kind = k.unit_kind AND o.unit_id = k.unit_id AND o.measure_code = k.measure_code
          AND (o.status = 'PUBLISHED' OR (scope.name = 'ANY' AND o.status = 'DRAFT'))
        ORDER BY o.period_start DESC LIMIT 1 OFFSET 1) AS previous_id
    FROM (SELECT DISTINCT unit_kind, unit_id, measure_code FROM observations) k,
      (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
  ) WHERE latest_id IS NOT NULL;
