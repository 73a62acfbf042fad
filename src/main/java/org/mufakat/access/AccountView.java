package org.mufakat.access;

import java.util.List;

public record AccountView(AccountId id, String username, String displayName, List<Grant> grants, boolean secondFactor,
                          boolean enabled) {
}
