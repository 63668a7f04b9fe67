import { registerEnumType } from "type-graphql";

export const AgreementType = {
  SECTION_75: "SECTION_75",
  JOINT_SERVICE: "JOINT_SERVICE",
  JOINT_POST: "JOINT_POST",
  HOSTED_POST: "HOSTED_POST",
  EDUCATION_AND_TRAINING: "EDUCATION_AND_TRAINING",
  SERVICE_TRANSFER: "SERVICE_TRANSFER",
  FRAMEWORK: "FRAMEWORK",
  LEAD_PROVIDER: "LEAD_PROVIDER",
  COMMERCIAL: "COMMERCIAL",
  RESEARCH: "RESEARCH",
} as const;
export type AgreementType = keyof typeof AgreementType;

export const AgreementStatus = {
  PROPOSED: "PROPOSED",
  ACTIVE: "ACTIVE",
  ENDED: "ENDED",
} as const;
export type AgreementStatus = keyof typeof AgreementStatus;

registerEnumType(AgreementType, {
  name: "AgreementType",
  valuesConfig: {
    SECTION_75: {
      description:
        "NHS Act 2006 s.75 agreement: pooled budgets or delegated functions between NHS and local authority.",
    },
    JOINT_POST: { description: "A post created or funded jointly by the parties." },
    HOSTED_POST: { description: "A post one party hosts on behalf of, or with, another." },
  },
});
registerEnumType(AgreementStatus, { name: "AgreementStatus" });
