import { registerEnumType } from "type-graphql";

export const AwardResult = { WON: "WON", HIGHLY_COMMENDED: "HIGHLY_COMMENDED" } as const;
export type AwardResult = keyof typeof AwardResult;

registerEnumType(AwardResult, {
  name: "AwardResult",
  description: "What the recipient was given.",
});
