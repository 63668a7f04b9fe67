/** The GraphQL the dashboard sends: each answer is what one chart draws. */

export const FILTERS = /* GraphQL */ `
  {
    integratedCareSystems {
      id
      name
      places {
        id
        name
      }
    }
    careUnits {
      id
      name
    }
    measures {
      code
      name
      unit
      frequency
    }
    workforceScorecard(careUnitIds: []) {
      trust {
        measure {
          code
        }
        period
      }
    }
  }
`;

export const COVERAGE = /* GraphQL */ `
  query Coverage($placeId: ID, $careUnitId: ID) {
    pathwayCoverage(placeId: $placeId, careUnitId: $careUnitId) {
      total
      withoutPartner
      bySector {
        sector
        count
      }
      byStatus {
        status
        count
      }
      byPlace {
        place {
          id
          name
        }
        count
      }
      byCareUnit {
        careUnit {
          id
          name
        }
        count
      }
    }
  }
`;

export const ROLES = /* GraphQL */ `
  query Roles($careUnitId: ID) {
    livedExperienceRoleCounts(filter: { careUnitId: $careUnitId }) {
      total
      illustrative
      byLevel {
        level
        count
        illustrative
      }
    }
    careUnits {
      id
      name
      peerSupportWardCoverage {
        wardCount
        wardsWithPeerSupport
        illustrativeWards
        percent
      }
    }
  }
`;

export const SCORECARD = /* GraphQL */ `
  query Scorecard($careUnitIds: [ID!], $includeDrafts: Boolean! = false) {
    workforceScorecard(careUnitIds: $careUnitIds, includeDrafts: $includeDrafts) {
      careUnits {
        careUnit {
          id
          name
        }
        rows {
          measure {
            code
          }
          rag
          provenance {
            kind
          }
        }
      }
    }
  }
`;

export const SERIES = /* GraphQL */ `
  query Series(
    $measureCode: String!
    $from: String!
    $to: String!
    $units: [OrgUnitInput!]
    $includeDrafts: Boolean! = false
  ) {
    measureSeries(
      measureCode: $measureCode
      from: $from
      to: $to
      units: $units
      includeDrafts: $includeDrafts
    ) {
      orgUnit {
        id
        kind
      }
      periods {
        period
        point {
          value
          status
          provenance {
            kind
          }
        }
      }
    }
  }
`;

export const NETWORK = /* GraphQL */ `
  query Network($icsId: ID, $placeId: ID) {
    partners(first: 100, filter: { icsId: $icsId, placeId: $placeId }) {
      nodes {
        id
        name
        connections(first: 100) {
          partner {
            id
            name
          }
          sharedPathwayCount
        }
      }
    }
  }
`;

/** The trust's latest period for each measure, drafts included (for a caller allowed them). */
export const LATEST_WITH_DRAFTS = /* GraphQL */ `
  {
    workforceScorecard(careUnitIds: [], includeDrafts: true) {
      trust {
        measure {
          code
        }
        period
      }
    }
  }
`;
