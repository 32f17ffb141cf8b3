package org.haian.strata.contract.liaison;

/** How a listed cadre got in touch with the person they befriend (联系方式). */
public enum ContactChannel {
    /** 走访 - a visit in person. */
    VISIT,
    /** 电话 - a phone call. */
    PHONE,
    /** 线上 - online: WeChat, e-mail, video. */
    ONLINE,
    /** 座谈会 - a meeting or roundtable both attended. */
    MEETING
}
