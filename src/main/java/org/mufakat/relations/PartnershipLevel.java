package org.mufakat.relations;

/** The levels of a dialogue relation, from its beginning (informal, sectoral or consultative dialogue) upwards. */
public enum PartnershipLevel {
    DIALOGUE_RELATIONS, DIALOGUE_PARTNERSHIP, STRATEGIC_PARTNERSHIP, COMPREHENSIVE_STRATEGIC_PARTNERSHIP
}
