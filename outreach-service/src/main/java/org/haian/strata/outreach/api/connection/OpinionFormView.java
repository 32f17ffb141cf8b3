package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;
import java.util.List;

/**
 * A form with its questions, the people it went to and the returns.
 *
 * @param responseRate returned / issued, 0 before it is issued
 */
public record OpinionFormView(String formId, String township, String title, List<String> questions,
                              List<String> issuedTo, List<FormReturn> returns, double responseRate) {

    public record FormReturn(String personId, LocalDate returnedOn, List<String> answers) {
    }
}
