package org.haian.strata.liaison.api.association;

/** The associations (新联会) a person is a member of now, for what is held about them. */
public record FindMembershipsOf(String personId) {
}
