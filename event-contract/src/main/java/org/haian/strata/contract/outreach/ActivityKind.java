package org.haian.strata.contract.outreach;

import org.haian.strata.contract.Category;

/**
 * What an activity of the "4" is, and the programme it belongs to: the four of service (服务融情) for new media,
 * the co-hosted events (同行合台) run with the federations for freelancers, and salons for any category.
 */
public enum ActivityKind {
    /** 充电 - training. */
    TRAINING(Programme.CHARGE),
    /** 发声 - a press conference. */
    PRESS_CONFERENCE(Programme.VOICE),
    /** 发声 - an inspection of a key project. */
    PROJECT_INSPECTION(Programme.VOICE),
    /** 参政 - a roundtable. */
    ROUNDTABLE(Programme.PARTICIPATION),
    /** 参政 - a meeting of the party secretary with netizens (书记网友面对面). */
    SECRETARY_NETIZEN_MEETING(Programme.PARTICIPATION),
    /** 服务 - a service visit. */
    SERVICE_VISIT(Programme.SERVICE),
    /** 服务 - hearing appeals. */
    APPEAL_HEARING(Programme.SERVICE),
    /** 同行合台 - an exhibition. */
    EXHIBITION(Programme.CO_HOSTING),
    /** 同行合台 - writing spring couplets for villagers. */
    COUPLET_WRITING(Programme.CO_HOSTING),
    /** 同行合台 - a rural reading room. */
    RURAL_READING_ROOM(Programme.CO_HOSTING),
    /** 同行合台 - works for the spring gala. */
    GALA_CONTRIBUTION(Programme.CO_HOSTING),
    /** 沙龙 - a salon. */
    SALON(Programme.SALON);

    private final Programme programme;

    ActivityKind(Programme programme) {
        this.programme = programme;
    }

    public Programme programme() {
        return programme;
    }

    /** The programmes of the "4" that activities belong to. */
    public enum Programme {
        /** 充电. */
        CHARGE,
        /** 发声. */
        VOICE,
        /** 参政. */
        PARTICIPATION,
        /** 服务. */
        SERVICE,
        /** 同行合台, run with partner units. */
        CO_HOSTING,
        /** Salons, of any category. */
        SALON;

        /** The category whose work mode the programme is; {@code null} for one open to every category. */
        public Category category() {
            return switch (this) {
                case CHARGE, VOICE, PARTICIPATION, SERVICE -> Category.NEW_MEDIA;
                case CO_HOSTING -> Category.FREELANCER;
                case SALON -> null;
            };
        }
    }
}
