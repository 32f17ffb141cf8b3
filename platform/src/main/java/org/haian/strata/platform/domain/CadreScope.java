package org.haian.strata.platform.domain;

import org.axonframework.messaging.MetaData;

/**
 * The cadre a command acts as, carried in the command's metadata ({@value #METADATA}) when the user is a listed
 * leader or cadre (列名联系) and nothing more: such a user reaches only the records they are assigned to, and the
 * aggregate that knows the assignments decides it, from its own state, not from a read model that may lag.
 */
public final class CadreScope {

    public static final String METADATA = "actorCadre";

    private CadreScope() {
    }

    /** The cadre the command acts as, or {@code null} when the user is an official of the city or a township. */
    public static String of(MetaData commandMetaData) {
        Object cadre = commandMetaData.get(METADATA);
        return cadre == null ? null : cadre.toString();
    }
}
