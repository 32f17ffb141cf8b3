package org.haian.strata.contract.liaison;

/** The rank of a listed leader or cadre (列名联系的领导干部), which says who they answer to. */
public enum CadreLevel {
    /** 市领导 - a member of the city leadership. */
    CITY_LEADERSHIP,
    /** 部门 - a cadre of a city department, chiefly the united-front departments (统战部门). */
    DEPARTMENT,
    /** 区镇干部 - a township cadre of deputy-section level and up; belongs to one township. */
    TOWNSHIP
}
