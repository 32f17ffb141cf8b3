package org.haian.strata.platform.domain;

import org.axonframework.messaging.MetaData;

/**
 * The township a command may act in, carried in the command's metadata ({@value #METADATA}) when the user is bound
 * to one (a township officer); absent for the city. An aggregate that belongs to a township checks it before any
 * of its command handlers run ({@link TownshipRecord}), so a record of another township is untouchable whatever the
 * web layer did, and is refused as not found, so that its existence does not leak.
 */
public final class TownshipScope {

    public static final String METADATA = "actorTownship";

    private TownshipScope() {
    }

    /**
     * @param idField the name of the command's id field, for the refusal
     */
    public static void require(MetaData commandMetaData, String township, String idField) {
        Object scope = commandMetaData.get(METADATA);
        if (scope != null && !scope.equals(township)) {
            throw CommandRefused.notFound(idField);
        }
    }
}
