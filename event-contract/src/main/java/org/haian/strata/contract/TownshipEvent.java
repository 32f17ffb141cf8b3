package org.haian.strata.contract;

/** An event that belongs to one township (区镇), the tenant of this system; its township travels as metadata too. */
public interface TownshipEvent {

    String township();
}
