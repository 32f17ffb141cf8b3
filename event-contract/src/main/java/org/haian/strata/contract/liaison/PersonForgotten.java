package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person's personal data was erased (删除个人信息, the right to deletion of the Personal Information Protection
 * Law): their key is gone, so their name, contact channels and the notes about them read {@code null} in every
 * service from now on, in every replay; the person stays counted where they were. Every service that keeps
 * personal data of its own about the person erases it on this event.
 *
 * @param personId the person's aggregate id
 * @param township the person's township
 * @param category the person's category
 * @param reason   why, as the law requires it be recorded (consent withdrawn, purpose served); no personal data
 */
@Revision("1")
public record PersonForgotten(String personId, String township, Category category, String reason)
        implements TownshipEvent {
}
