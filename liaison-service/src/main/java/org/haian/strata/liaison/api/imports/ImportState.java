package org.haian.strata.liaison.api.imports;

/** Where a bulk import (批量导入) stands. */
public enum ImportState {
    /** A dry run: checked, nothing changed, nothing kept. */
    CHECKED,
    /** Registering its rows in the background. */
    RUNNING,
    /** Every row was taken: registered, found already, or refused. */
    DONE,
    /** The service stopped while it ran (or while it was being undone); what it registered can be undone. */
    INTERRUPTED,
    /** Its registrations are being withdrawn. */
    UNDOING,
    /** Every registration it made was withdrawn (save those kept, which the undo lists). */
    UNDONE
}
