import { toCitation } from "../../kit/citation.type.js";
import type { MeasureRow } from "../db/schema.js";
import type { DataSource, Direction, Frequency, MeasureUnit } from "./measure-enums.js";
import { Measure } from "./measure.type.js";

export function toMeasure(row: MeasureRow): Measure {
  return Object.assign(new Measure(), {
    code: row.code,
    name: row.name,
    definition: row.definition,
    numerator: row.numerator,
    denominator: row.denominator,
    isRate: row.numerator !== null,
    unit: row.unit as MeasureUnit,
    direction: row.direction as Direction,
    frequency: row.frequency as Frequency,
    dataSource: row.dataSource as DataSource,
    nationalDefinition: row.nationalDefinition,
    published: row.published,
    definitionOnly: row.definitionOnly,
    source: toCitation(row),
  });
}
