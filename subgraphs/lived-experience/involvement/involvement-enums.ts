import { registerEnumType } from "type-graphql";

export const ActivityStatus = {
  OPEN: "OPEN",
  FILLED: "FILLED",
  COMPLETED: "COMPLETED",
  CANCELLED: "CANCELLED",
} as const;
export type ActivityStatus = keyof typeof ActivityStatus;

registerEnumType(ActivityStatus, {
  name: "InvolvementActivityStatus",
  description:
    "OPEN (advertised) → FILLED (enough people) → COMPLETED; OPEN → COMPLETED too. An OPEN or FILLED activity may be CANCELLED (final).",
});

export const CoproductionStage = {
  CO_COMMISSIONING: "CO_COMMISSIONING",
  CO_DESIGN: "CO_DESIGN",
  CO_DELIVERY: "CO_DELIVERY",
  CO_EVALUATION: "CO_EVALUATION",
} as const;
export type CoproductionStage = keyof typeof CoproductionStage;

registerEnumType(CoproductionStage, {
  name: "CoproductionStage",
  description: "The stage of the co-production cycle a piece of involvement belongs to.",
});

export const RecognitionOffer = {
  PAYMENT_PER_HOUR: "PAYMENT_PER_HOUR",
  PAYMENT_PER_SESSION: "PAYMENT_PER_SESSION",
  VOUCHER: "VOUCHER",
  VOLUNTARY: "VOLUNTARY",
} as const;
export type RecognitionOffer = keyof typeof RecognitionOffer;

registerEnumType(RecognitionOffer, {
  name: "RecognitionOffer",
  description: "How an activity offers to recognise people's time (Reward and Recognition policy).",
});

/** The rate unit a payment offer is paid at. */
export const RATE_UNIT_OF: Partial<Record<RecognitionOffer, RateUnit>> = {
  PAYMENT_PER_HOUR: "PER_HOUR",
  PAYMENT_PER_SESSION: "PER_SESSION",
};

export const RateUnit = { PER_HOUR: "PER_HOUR", PER_SESSION: "PER_SESSION" } as const;
export type RateUnit = keyof typeof RateUnit;

registerEnumType(RateUnit, { name: "PaymentRateUnit" });

export const RecognitionKind = {
  PAID: "PAID",
  VOUCHER: "VOUCHER",
  VOLUNTARY: "VOLUNTARY",
  DECLINED: "DECLINED",
} as const;
export type RecognitionKind = keyof typeof RecognitionKind;

registerEnumType(RecognitionKind, {
  name: "RecognitionKind",
  description: "How people's time was in fact recognised.",
  valuesConfig: {
    VOLUNTARY: { description: "Given voluntarily, as the activity offered." },
    DECLINED: { description: "Offered payment or a voucher, and declined it." },
  },
});

export const ActivityOrder = {
  NEWEST_FIRST: "NEWEST_FIRST",
  OLDEST_FIRST: "OLDEST_FIRST",
} as const;
export type ActivityOrder = keyof typeof ActivityOrder;
registerEnumType(ActivityOrder, {
  name: "InvolvementActivityOrder",
  description: "By date: NEWEST_FIRST (the default) or OLDEST_FIRST; undated activities last.",
});
