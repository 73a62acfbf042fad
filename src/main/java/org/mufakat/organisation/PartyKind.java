package org.mufakat.organisation;

public enum PartyKind {
    STATE, REGIONAL_ORGANISATION, SECRETARIAT
}
