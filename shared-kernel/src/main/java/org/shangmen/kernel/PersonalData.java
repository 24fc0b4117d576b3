package org.shangmen.kernel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one module keeps about an account, for the owner's data export and account closing (PIPL arts.
 * 45 and 47). Each module that keeps personal data offers one; a coordinator gathers them without
 * knowing the modules. Closing itself is an event each module answers by anonymising its own data.
 */
public interface PersonalData {

    /** The name of the module's part of the export, e.g. {@code worker}. */
    String section();

    /** The account's data in plain values (maps, lists, strings, numbers, times); empty when there is none. */
    Map<String, Object> export(UUID accountId);

    /** Why the account cannot be closed now (orders in progress, money owed), in words; empty when nothing stands in the way. */
    default List<String> closureBlockers(UUID accountId) {
        return List.of();
    }
}
